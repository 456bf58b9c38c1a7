import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryTerms, queryWords, segmentChinese, type SearchWords } from './search-terms.ts';

const en: SearchWords = {
	stop: ['how', 'do', 'i', 'my', 'a', 'the', 'from'],
	negations: ['not', 'wont', 'cant'],
	synonyms: [
		['log in', 'sign in', 'login'],
		['invoice', 'bill'],
	],
};

test('drops question words and negations, keeps the topic words in order', () => {
	const t = queryTerms("How do I stop a user's password from expiring", en);
	assert.equal(t.full, 'stop users password expiring');
	assert.deepEqual(t.groups, [['stop'], ['users'], ['password'], ['expiring']]);
	assert.equal(queryTerms("Outlook won't send", en).full, 'outlook send');
	assert.deepEqual(queryTerms("Outlook won't send", en).negations, ['wont']);
});

test('expands a synonym typed as one word or as a phrase, typed form first', () => {
	assert.deepEqual(queryTerms('cant login', en).groups, [['login', 'log in', 'sign in']]);
	assert.deepEqual(queryTerms('how do i log in', en).groups, [['log in', 'sign in', 'login']]);
	assert.deepEqual(queryTerms('my bill', en).groups, [['bill', 'invoice']]);
});

test('a repeated word or synonym forms one group', () => {
	assert.deepEqual(queryTerms('invoice bill invoice', en).groups, [['invoice', 'bill']]);
});

test('a query of nothing but filler or symbols has no terms', () => {
	assert.deepEqual(queryTerms('how do I', en), { full: '', groups: [], negations: [] });
	assert.deepEqual(queryTerms('!!! 😀', en), { full: '', groups: [], negations: [] });
});

test('at most six groups however long the question', () => {
	const t = queryTerms(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '), en);
	assert.equal(t.groups.length, 6);
});

test('segments Chinese, drops its filler, keeps a run of words as one phrase', () => {
	const zh: SearchWords = { stop: ['了', '怎么', '怎么办', '办'], negations: ['不'], synonyms: [] };
	const words = queryWords('忘记密码了怎么办', segmentChinese);
	assert.ok(words.includes('密码'), words.join('|'));
	assert.equal(queryTerms('忘记密码了怎么办', zh).full, '忘记密码');
	const fixed = (s: string) => (s === '账号被锁' ? ['账', '号', '被', '锁'] : [s]);
	assert.equal(queryTerms('账号被锁', { ...zh, stop: ['被'] }, fixed).full, '账号 锁');
	assert.equal(queryTerms('管理中心', zh, () => ['管理', '中心']).full, '管理中心');
});

test('a synonym entry matches its inflected or plural forms, not longer words', () => {
	const fi: SearchWords = { stop: [], negations: [], synonyms: [['palaveri', 'kokous']] };
	assert.deepEqual(queryTerms('palaveriin', fi).groups, [['palaveriin', 'palaveri', 'kokous']]);
	assert.deepEqual(queryTerms('palaverikäytännöt', fi).groups, [['palaverikäytännöt']]);
});

test('a word readers type but pages lack (~word) finds its group and is not searched itself', () => {
	const words: SearchWords = { stop: [], negations: [], synonyms: [['~logon', 'sign in']] };
	assert.deepEqual(queryTerms('logon', words).groups, [['sign in']]);
	assert.deepEqual(queryTerms('sign in', words).groups, [['sign in']]);
});
