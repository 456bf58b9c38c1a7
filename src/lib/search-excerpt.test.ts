import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimExcerpt } from './search-excerpt.ts';

test('drops a leading copy of the title, marks and all', () => {
	assert.equal(
		trimExcerpt(
			'<mark>Shared</mark> mailbox. Set up a <mark>shared</mark> inbox',
			'Shared mailbox',
		),
		'Set up a <mark>shared</mark> inbox',
	);
	assert.equal(
		trimExcerpt('无法登录 Microsoft 365 如果你无法登录', '无法登录 Microsoft 365'),
		'如果你无法登录',
	);
});

test('keeps an excerpt that does not start with the title, or that is only the title', () => {
	assert.equal(
		trimExcerpt(' Set up a <mark>shared</mark> inbox', 'Shared mailbox'),
		'Set up a <mark>shared</mark> inbox',
	);
	assert.equal(trimExcerpt('Shared mailbox', 'Shared mailbox'), 'Shared mailbox');
});

test('counts an entity as the one character it shows', () => {
	assert.equal(
		trimExcerpt('You can&#39;t sign in: check the name', "You can't sign in"),
		'check the name',
	);
});
