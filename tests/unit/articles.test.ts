import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assessSeverity, type SeverityRules } from '../../src/lib/severity.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { docsSchema } from '../../src/schemas/docs.ts';
import { hasPairedMarkers } from '../../src/lib/strong-text.ts';

const root = new URL('../../', import.meta.url).pathname;
const strings = (locale: string) =>
	JSON.parse(readFileSync(join(root, 'content/i18n', `${locale}.json`), 'utf8')) as Record<
		string,
		string
	>;
const policy = JSON.parse(
	readFileSync(join(root, 'content/policy/support-policy.json'), 'utf8'),
) as {
	severityRules: SeverityRules;
};

/** The articles the issue requires, by slug; more may exist. */
const REQUIRED = [
	'exchange-mailbox-migration',
	'mailbox-permissions',
	'mail-forwarding',
	'shared-mailbox',
	'autodiscover',
	'sharepoint-permissions',
	'sharepoint-external-users',
	'skype-for-business-setup',
	'microsoft-365-apps-install',
	'single-sign-on',
	'active-directory-sync',
	'mail-flow-outage',
	'sharepoint-site-unavailable',
	'messaging-and-meetings-outage',
	'outlook-send-button',
	'eac-vs-powershell',
	'password-never-expire',
	'cannot-delete-contacts',
	'sign-in-problems',
	'reset-your-password',
	// Issue 13: what admins and users run into most.
	'admin-sign-in-failures',
	'reset-mfa-methods',
	'compromised-account',
	'junk-and-quarantine',
	'spf-dkim-dmarc',
	'smtp-for-devices-and-apps',
	'licensing-errors',
	'cross-cloud-collaboration',
	'network-connectivity-china',
	'onedrive-sync-problems',
	'mailbox-full',
	'recover-deleted-items',
	'offboard-a-leaver',
	'add-a-domain',
	'teams-meeting-add-in',
	'ndr-codes',
	'powershell-connection-problems',
	'new-phone-authenticator',
	'ask-your-admin-for-help',
];
const SECTIONS = ['symptoms', 'before', 'steps', 'check'];

const dir = (locale: string) => join(root, 'content/docs', locale, 'troubleshooting');
const articlesOf = (locale: string) =>
	readdirSync(dir(locale))
		.filter((f) => f.endsWith('.mdx') && f !== 'index.mdx')
		.map((f) => f.replace(/\.mdx$/, ''));

function read(locale: string, slug: string) {
	const text = readFileSync(join(dir(locale), `${slug}.mdx`), 'utf8');
	const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
	const h2 = [...body.replace(/```[\s\S]*?```/g, '').matchAll(/^## (.+)$/gm)].map((m) =>
		m[1]!.trim(),
	);
	return { data: parseYaml(yaml) as unknown, body, h2 };
}

describe('troubleshooting articles', () => {
	for (const locale of LOCALES) {
		it(`${locale} has every required article`, () => {
			const missing = REQUIRED.filter((slug) => !existsSync(join(dir(locale), `${slug}.mdx`)));
			assert.deepEqual(missing, []);
		});

		const names = SECTIONS.map((s) => strings(locale)[`article.section.${s}`]);
		for (const slug of articlesOf(locale)) {
			describe(`${locale}/${slug}`, () => {
				const { data, h2 } = read(locale, slug);
				it('has frontmatter that validates, with article fields', () => {
					const parsed = docsSchema.safeParse(data);
					assert.ok(parsed.success, parsed.success ? '' : parsed.error.message);
					assert.ok(parsed.data.article, 'article fields missing');
				});
				it(`has the sections ${names.join(' / ')} in that order`, () => {
					assert.deepEqual(h2, names);
				});
				it('links its official references and lists what to collect before contacting support', () => {
					const article = docsSchema.parse(data).article!;
					assert.ok((article.references ?? []).length > 0, 'references: at least one link');
					assert.equal(article.reference, undefined, 'the unlinked `reference` is replaced');
					assert.ok((article.collect ?? []).length >= 3, 'collect: at least three items');
				});
				it('writes what to collect as text with **labels** only (the list bolds them, the draft drops the markers)', () => {
					const article = docsSchema.parse(data).article!;
					const marked = (article.collect ?? []).filter(
						(item) => /`|\[[^\]]*\]\(/.test(item) || !hasPairedMarkers(item),
					);
					assert.deepEqual(marked, [], 'code, links or unpaired ** would show as characters');
				});
				it('marks an English reference title as English on a Finnish or Chinese page', () => {
					const article = docsSchema.parse(data).article!;
					for (const ref of article.references ?? []) {
						const englishUrl = /\/en-(us|gb)\//.test(ref.url);
						if (locale !== 'en' && englishUrl) assert.equal(ref.lang, 'en', ref.url);
						if (locale === 'en') assert.equal(ref.lang, undefined, 'English pages need no mark');
					}
				});
				it('has calculator answers whose base severity is the typical severity', () => {
					const parsed = docsSchema.parse(data);
					const article = parsed.article!;
					const { base } = assessSeverity(
						{ ...article.calculator, agreement: 'yes', resource: 'yes' },
						policy.severityRules,
					);
					assert.equal(base, article.severity);
				});
			});
		}
	}
});
