import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { assessSeverity, type SeverityRules } from '../../src/lib/severity.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { docsSchema } from '../../src/schemas/docs.ts';

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
