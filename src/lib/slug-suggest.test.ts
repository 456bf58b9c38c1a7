import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, sameSlug, slugSimilarity, suggestSlugs } from './slug-suggest.ts';

const SLUGS = [
	'',
	'get-help',
	'troubleshooting',
	'troubleshooting/shared-mailbox',
	'troubleshooting/mailbox-permissions',
	'troubleshooting/sharepoint-external-users',
	'troubleshooting/sharepoint-permissions',
	'troubleshooting/sharepoint-site-unavailable',
	'troubleshooting/reset-your-password',
	'severity-and-response-times',
];

test('edit distance counts insertions, deletions and substitutions', () => {
	assert.equal(editDistance('mailbx', 'mailbox'), 1);
	assert.equal(editDistance('sharepiont', 'sharepoint'), 2);
	assert.equal(editDistance('', 'abc'), 3);
	assert.equal(editDistance('same', 'same'), 0);
	assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('a mistyped slug suggests the page it means first', () => {
	assert.equal(
		suggestSlugs('troubleshoting/shared-mailbx', SLUGS)[0],
		'troubleshooting/shared-mailbox',
	);
	assert.deepEqual(suggestSlugs('troubleshooting/sharepiont', SLUGS).slice(0, 3).sort(), [
		'troubleshooting/sharepoint-external-users',
		'troubleshooting/sharepoint-permissions',
		'troubleshooting/sharepoint-site-unavailable',
	]);
	assert.equal(suggestSlugs('severity', SLUGS)[0], 'severity-and-response-times');
});

test('a section alone or unrelated words suggest nothing by similarity', () => {
	assert.deepEqual(suggestSlugs('troubleshooting/salasana', SLUGS), []);
	assert.deepEqual(suggestSlugs('xyz', SLUGS), []);
	assert.deepEqual(suggestSlugs('', SLUGS), []);
	assert.ok(slugSimilarity('troubleshooting/zzz', 'troubleshooting/shared-mailbox') < 0.75);
});

test('the same slug in other case or with other slashes is found', () => {
	assert.equal(sameSlug('GET-HELP', SLUGS), 'get-help');
	assert.equal(
		sameSlug('Troubleshooting//Shared-Mailbox/', SLUGS),
		'troubleshooting/shared-mailbox',
	);
	assert.equal(sameSlug('get-helpp', SLUGS), undefined);
});
