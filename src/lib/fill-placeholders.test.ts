import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DOUBLE_BRACES, fillPlaceholders } from './fill-placeholders.ts';

describe('fillPlaceholders', () => {
	it('replaces every single-brace placeholder with its value', () => {
		assert.equal(
			fillPlaceholders('https://{tenant}-admin.sharepoint.com/{tenant}', { tenant: 'contoso' }),
			'https://contoso-admin.sharepoint.com/contoso',
		);
	});

	it('leaves text without placeholders unchanged', () => {
		assert.equal(fillPlaceholders('autodiscover.outlook.com', {}), 'autodiscover.outlook.com');
	});

	it('throws on a placeholder that has no value', () => {
		assert.throws(() => fillPlaceholders('{tenantt}.sharepoint.cn', { tenant: 'x' }), RangeError);
	});

	it('with double braces, keeps PowerShell script blocks and fills dotted names', () => {
		assert.equal(
			fillPlaceholders(
				'{{connect.exchange}}\nGet-Mailbox | Where-Object { $_.Alias -eq "sales" }',
				{ 'connect.exchange': 'Connect-ExchangeOnline' },
				DOUBLE_BRACES,
			),
			'Connect-ExchangeOnline\nGet-Mailbox | Where-Object { $_.Alias -eq "sales" }',
		);
	});
});
