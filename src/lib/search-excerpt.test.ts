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

test('never shows the hidden keyword line, which is words joined by " · " for ranking only', () => {
	assert.equal(
		trimExcerpt(
			'then ask your admin. <mark>outlook</mark> won&#39;t send · send button greyed · outbox stuck',
			'Outlook send button',
		),
		'then ask your admin.',
	);
	assert.equal(
		trimExcerpt('收件箱已满。 邮箱 · <mark>邮箱已满</mark> · 配额', '邮箱已满'),
		'收件箱已满。',
	);
	assert.equal(trimExcerpt('<mark>mailbox</mark> full · quota · storage', 'Mailbox is full'), '');
});
