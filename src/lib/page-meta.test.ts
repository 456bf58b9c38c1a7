import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentTitle, ogLocales, plainTitle } from './page-meta.ts';

test('Open Graph locale and the other two as alternates', () => {
	assert.deepEqual(ogLocales('fi'), { locale: 'fi_FI', alternates: ['en_US', 'zh_CN'] });
	assert.deepEqual(ogLocales('zh-cn'), { locale: 'zh_CN', alternates: ['fi_FI', 'en_US'] });
});

test('titles become plain text', () => {
	assert.equal(plainTitle('  Run `Get-Mailbox`\n now '), 'Run Get-Mailbox now');
	assert.equal(plainTitle('<em>Shared</em> mailbox'), 'Shared mailbox');
	assert.equal(plainTitle('Q&A: 1 < 2'), 'Q&A: 1 < 2');
});

test('document title: page and site, or the site alone', () => {
	assert.equal(documentTitle('Get support', 'Guide'), 'Get support | Guide');
	assert.equal(documentTitle('', 'Guide'), 'Guide');
	assert.equal(documentTitle('Guide', 'Guide'), 'Guide');
	assert.equal(
		documentTitle('获取支持', 'Microsoft 365 支持指南'),
		'获取支持 | Microsoft 365 支持指南',
	);
});
