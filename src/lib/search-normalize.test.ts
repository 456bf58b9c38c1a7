import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_QUERY_LENGTH, normalizeQuery } from './search-normalize.ts';

test('lower-cases and drops apostrophes inside words, straight or curly', () => {
	assert.equal(normalizeQuery("Outlook WON'T send"), 'outlook wont send');
	assert.equal(normalizeQuery('can’t log in'), 'cant log in');
	assert.equal(normalizeQuery("colleague's mailbox"), 'colleagues mailbox');
});

test('folds full-width forms to half-width (NFKC)', () => {
	assert.equal(normalizeQuery('ＳｈａｒｅＰｏｉｎｔ　３６５'), 'sharepoint 365');
});

test('puts a space between Chinese and Latin letters or digits, both ways', () => {
	assert.equal(normalizeQuery('共享邮箱在Outlook里看不到'), '共享邮箱在 outlook 里看不到');
	assert.equal(normalizeQuery('登不上office365'), '登不上 office 365');
	assert.equal(normalizeQuery('失败AADSTS50126'), '失败 aadsts 50126');
	assert.equal(normalizeQuery('M365 A-vakavuus'), 'm365 a vakavuus');
});

test('turns punctuation, emoji and markup into spaces but keeps codes such as 5.7.520', () => {
	assert.equal(normalizeQuery('<script>alert(1)</script>'), 'script alert 1 script');
	assert.equal(normalizeQuery('blocked 5.7.520!'), 'blocked 5.7.520');
	assert.equal(normalizeQuery('!!!???...'), '');
	assert.equal(normalizeQuery('😀🔥'), '');
	assert.equal(normalizeQuery('info@ mailbox'), 'info mailbox');
});

test('bounds the length of a pasted text', () => {
	assert.ok(normalizeQuery('word '.repeat(500)).length <= MAX_QUERY_LENGTH);
	assert.equal(normalizeQuery('x'.repeat(1000)).length, MAX_QUERY_LENGTH);
});
