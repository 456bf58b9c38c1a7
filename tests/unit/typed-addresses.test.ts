import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedLines, matches, mdxFiles, ROOT } from './content-scan.ts';

// SUPPORT-POLICY 6: addresses, connection lines and retirement dates live once, in the policy
// data; pages render them with <Address>, <ServiceCode>, <AdminCenter> and <RetiredOn>.

const policy = JSON.parse(
	readFileSync(join(ROOT, 'content/policy/support-policy.json'), 'utf8'),
) as Record<string, Record<string, Record<string, string | null> | string>>;
const hosts = JSON.parse(readFileSync(join(ROOT, 'content/links/external-hosts.json'), 'utf8')) as {
	outdated: Record<string, string>;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const perService = (section: string) =>
	Object.entries(policy[section]!).filter(
		(e): e is [string, Record<string, string | null>] => typeof e[1] === 'object',
	);

/**
 * The part of an address a page could type: placeholders become "any name" and the scheme
 * is optional, so `contoso-admin.sharepoint.cn` and `https://x.sharepoint.cn` both match.
 */
export function addressPattern(value: string): RegExp {
	const fixed = value
		.replace(/^https:\/\//, '')
		.split(/\{\w+\}/)
		.map(escape)
		.join('[\\w-]*');
	return new RegExp(`(?<![\\w.-])${fixed.startsWith('[') ? '' : ''}${fixed}(?![\\w-])`, 'i');
}

const patterns: Array<{ what: string; pattern: RegExp; onlyWith?: RegExp }> = [
	...perService('endpoints').flatMap(([name, values]) =>
		Object.values(values)
			.filter((v): v is string => Boolean(v) && !/^mx\.microsoft$/.test(v!))
			.map((v) => ({
				what: `the ${name} address (use <Address name="${name}" …/>)`,
				pattern: addressPattern(v),
			})),
	),
	{ what: 'a DANE MX host (use <Address name="mxDaneSuffix" …/>)', pattern: /\.mx\.microsoft\b/i },
	...perService('connect').flatMap(([name, values]) => [
		{
			what: `the ${name} connection line (use <ServiceCode> with {{connect.${name}}})`,
			pattern: new RegExp(`^\\s*${escape(values['global']!.split(' ')[0]!)}\\b`),
		},
		...values['21vianet']!.split(/(?= -)/)
			.slice(1)
			.filter((p) => !p.includes('{'))
			.map((p) => ({
				what: `the 21Vianet ${name} parameter (use <ServiceCode>)`,
				pattern: new RegExp(escape(p.trim()).replace(/\\? /g, '\\s+')),
			})),
	]),
	...Object.entries(hosts.outdated).map(([host, name]) => ({
		what: `the old host ${host} (use <Address name="${name}" …/>)`,
		pattern: new RegExp(`(?<![\\w.-])${escape(host)}\\b`, 'i'),
	})),
	...perService('retirements').flatMap(([name, values]) =>
		['global', '21vianet'].flatMap((service) => {
			const [y, m, d] = values[service]!.split('-').map(Number) as [number, number, number];
			const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en', {
				month: 'long',
				timeZone: 'UTC',
			});
			return [
				`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
				`${d} ${month} ${y}`,
				`${month} ${d}, ${y}`,
				`${d}\\.\\s?${m}\\.\\s?${y}`,
				`${y}\\s?年\\s?${m}\\s?月\\s?${d}\\s?日`,
			].map((p) => ({
				what: `the ${name} retirement date (use <RetiredOn …/>)`,
				// Only next to the product's name: the same date may be right for something else.
				onlyWith: new RegExp(name.split(/(?=[A-Z])/)[0]!, 'i'),
				pattern: new RegExp(p),
			}));
		}),
	),
];

describe('typed addresses', () => {
	it('recognises an address, a connection line and a date a page might type', () => {
		const typed = [
			'Go to https://contoso-admin.sharepoint.cn and sign in',
			'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com',
			'Connect-MgGraph -Scopes User.Read.All -Environment China',
			'MX: contoso-com.mail.protection.partner.outlook.cn',
			'Skype for Business Online retired on 31 July 2021.',
			'Skype for Business Online poistui käytöstä 1.10.2023',
			'Skype for Business Online 于 2023 年 10 月 1 日停用',
			'open outlook.office.com',
		];
		for (const line of typed)
			assert.ok(
				patterns.some((p) => p.pattern.test(line) && (p.onlyWith?.test(line) ?? true)),
				`not recognised: ${line}`,
			);
		assert.ok(!patterns.some((p) => p.pattern.test('Run Get-Mailbox -Identity sales')));
		const other = 'Teams has been sold separately since 1 October 2023.';
		assert.ok(!patterns.some((p) => p.pattern.test(other) && (p.onlyWith?.test(other) ?? true)));
	});

	for (const file of mdxFiles()) {
		it(`${file} types no address, connection line or retirement date`, () => {
			const lines = checkedLines(file).filter((l) => !/^\s*(url|- url):/.test(l.text));
			const found = patterns.flatMap(({ what, pattern, onlyWith }) =>
				matches(onlyWith ? lines.filter((l) => onlyWith.test(l.text)) : lines, pattern).map(
					(m) => `${m}\n    → ${what}`,
				),
			);
			assert.deepEqual(found, []);
		});
	}
});
