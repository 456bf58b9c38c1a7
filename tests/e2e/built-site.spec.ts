import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from '@playwright/test';
import { DIST, builtPages } from './site-pages.ts';

/** The repository root: the content files say which articles are outage articles. */
const ROOT = new URL('../../', import.meta.url).pathname;

// Checks over the files in dist/ that need no browser: CSP, page metadata, headings, links.

const LOCALES = ['fi', 'en', 'zh-cn'];
const pages = builtPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const load = (path: string) => parse(readFileSync(fileOf(path), 'utf8'));
const localeOf = (path: string) => LOCALES.find((l) => path.startsWith(`/${l}/`));

/** The directives of a page's CSP meta tag. */
function csp(doc: HTMLElement): Map<string, string[]> {
	const content =
		doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
	return new Map(
		content
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values]),
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test.describe('Content Security Policy', () => {
	for (const path of pages) {
		test(`${path}: strict CSP that covers every inline script and style`, () => {
			const doc = load(path);
			const policy = csp(doc);
			const scripts = policy.get('script-src') ?? [];
			const styles = policy.get('style-src') ?? [];
			expect(scripts.length).toBeGreaterThan(0);
			expect(scripts).not.toContain("'unsafe-inline'");
			expect(scripts).not.toContain("'unsafe-eval'");
			expect(styles).not.toContain("'unsafe-inline'");
			expect(policy.get('default-src')).toEqual(["'self'"]);
			expect(policy.get('object-src')).toEqual(["'none'"]);
			for (const script of doc.querySelectorAll('script:not([src])')) {
				expect(scripts, 'inline script hash').toContain(sha256(script.rawText));
			}
			for (const style of doc.querySelectorAll('style')) {
				expect(styles, 'inline style hash').toContain(sha256(style.rawText));
			}
			expect(doc.querySelectorAll('[style]'), 'style attributes').toHaveLength(0);
			expect(
				doc.querySelectorAll('[onclick], [onload], [onerror]'),
				'inline handlers',
			).toHaveLength(0);
		});
	}
});

test.describe('page metadata and headings', () => {
	for (const path of pages.filter((p) => p !== '/')) {
		test(`${path}: title, description, one h1, no skipped heading level`, () => {
			const doc = load(path);
			expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
			const description =
				doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
			expect(description.length).toBeGreaterThan(0);
			expect(description.length).toBeLessThanOrEqual(160);
			expect(doc.querySelectorAll('h1')).toHaveLength(1);
			const main = doc.querySelector('main') ?? doc;
			const levels = main
				.querySelectorAll('h1, h2, h3, h4, h5, h6')
				.map((h) => Number(h.tagName[1]));
			levels.forEach((level, i) => {
				if (i > 0)
					expect(level, `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual(
						levels[i - 1]! + 1,
					);
			});
		});
	}
});

test.describe('section ids', () => {
	// The language switch keeps the hash, so a section must have the same id in every language.
	for (const path of pages.filter((p) => p.startsWith('/en/'))) {
		test(`${path}: the fi and zh-cn pages give their sections the English page's ids`, () => {
			const ids = (p: string) =>
				(load(p).querySelector('article')?.querySelectorAll('h2[id], h3[id]') ?? []).map((h) =>
					h.getAttribute('id'),
				);
			const english = ids(path);
			for (const locale of ['fi', 'zh-cn'])
				expect(ids(path.replace('/en/', `/${locale}/`)), locale).toEqual(english);
		});
	}
});

/**
 * The accessibility rules whose outcome depends on a page's own content, on every page in every
 * locale without a browser: axe (a11y.spec.ts) runs each page in one locale and each kind of page
 * in all three, so these catch what differs from one translation to another.
 */
test.describe('accessible content', () => {
	for (const path of pages) {
		test(`${path}: language, link and button names, image text, table headers, unique ids`, () => {
			const doc = load(path);
			expect(doc.querySelector('html')?.getAttribute('lang')).toBeTruthy();
			const named = (el: HTMLElement) =>
				Boolean(
					el.text.trim() ||
					el.getAttribute('aria-label')?.trim() ||
					el.getAttribute('aria-labelledby') ||
					el.querySelector('img[alt]:not([alt=""])'),
				);
			for (const el of doc.querySelectorAll('a[href], button'))
				expect(named(el), `${el.tagName} ${el.toString().slice(0, 120)}`).toBe(true);
			for (const img of doc.querySelectorAll('img'))
				expect(img.hasAttribute('alt'), img.toString().slice(0, 120)).toBe(true);
			for (const table of doc.querySelectorAll('main table'))
				expect(table.querySelectorAll('th').length, table.toString().slice(0, 120)).toBeGreaterThan(
					0,
				);
			const ids = doc.querySelectorAll('[id]').map((el) => el.id);
			expect(
				ids.filter((id, i) => ids.indexOf(id) !== i),
				'duplicate ids',
			).toEqual([]);
			for (const label of doc.querySelectorAll('label[for]'))
				expect(ids, `label for=${label.getAttribute('for')}`).toContain(label.getAttribute('for'));
			// A scrollable table is named by its column headings, never by a row's heading cell.
			for (const wrap of doc.querySelectorAll('.table-wrap[aria-label]')) {
				const name = wrap.getAttribute('aria-label') ?? '';
				for (const th of wrap.querySelectorAll('tbody th'))
					expect(name, `row heading in ${name}`).not.toContain(th.text.replace(/\s+/g, ' ').trim());
			}
		});
	}
});

test.describe('links', () => {
	for (const path of pages) {
		test(`${path}: the content never offers the page itself as somewhere else to go`, () => {
			const here = new URL(path, 'http://site').pathname;
			const self = (load(path).querySelector('article')?.querySelectorAll('a[href]') ?? []).filter(
				(a) => {
					const url = new URL(a.getAttribute('href') ?? '', `http://site${path}`);
					return url.pathname === here && !url.hash && !url.search;
				},
			);
			expect(self.map((a) => a.toString())).toEqual([]);
		});

		test(`${path}: internal links resolve and stay in the page's language`, () => {
			const doc = load(path);
			const locale = localeOf(path);
			for (const a of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
				const raw = a.getAttribute('href') ?? a.getAttribute('src') ?? '';
				if (
					/^(https?:|mailto:|tel:)/.test(raw) &&
					!raw.startsWith('https://m365-support.example.com')
				)
					continue;
				const url = new URL(raw, `http://site${path}`);
				if (url.host !== 'site' && url.host !== 'm365-support.example.com') continue;
				const target = url.pathname;
				const exists = existsSync(fileOf(target)) || existsSync(join(DIST, target));
				expect(exists, `${raw} from ${path}`).toBe(true);
				if (url.hash && target === new URL(path, 'http://site').pathname) {
					expect(
						doc.getElementById(decodeURIComponent(url.hash.slice(1))),
						`anchor ${url.hash}`,
					).not.toBeNull();
				} else if (url.hash && existsSync(fileOf(target))) {
					expect(
						load(target).getElementById(decodeURIComponent(url.hash.slice(1))),
						`anchor ${raw}`,
					).not.toBeNull();
				}
				const targetLocale = localeOf(target);
				const allowed = !!a.closest('.lang-select') || a.getAttribute('rel') === 'alternate';
				if (locale && targetLocale && !allowed) {
					expect(targetLocale, `${raw} from ${path} leaves the page's language`).toBe(locale);
				}
			}
		});
	}
});

/** External hosts pages may link to (content/links/external-hosts.json), in one list. */
const externalHosts = (() => {
	const data = JSON.parse(
		readFileSync(new URL('../../content/links/external-hosts.json', import.meta.url), 'utf8'),
	) as { documentation: string[]; services: string[]; sources: string[] };
	return new Set([...data.documentation, ...data.services, ...data.sources]);
})();

test.describe('external links', () => {
	for (const path of pages) {
		test(`${path}: external links are https, well-formed and to an allowed host`, () => {
			for (const a of load(path).querySelectorAll('a[href]')) {
				const raw = a.getAttribute('href') ?? '';
				if (!/^[a-z][a-z+.-]*:/i.test(raw) || /^(mailto|tel):/.test(raw)) continue;
				if (raw.startsWith('https://m365-support.example.com')) continue;
				expect(raw, `${raw} from ${path}`).toMatch(/^https:\/\//);
				expect(raw, `CJK text or full-width punctuation in ${raw} from ${path}`).not.toMatch(
					/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u,
				);
				expect(
					externalHosts.has(new URL(raw).hostname),
					`${new URL(raw).hostname} (from ${path}) is not in content/links/external-hosts.json`,
				).toBe(true);
			}
		});
	}
});

test.describe('sitemap', () => {
	test('lists every content page once, with its three language alternates', () => {
		const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)];
		const listed = entries.map((m) => new URL(m[1]!).pathname).sort();
		const content = pages
			.filter((p) => p !== '/' && p !== '/404.html' && !/\/404\/$/.test(p))
			.sort();
		expect(listed).toEqual(content);
		for (const [, , links] of entries) {
			const langs = [...links!.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
			expect(langs).toEqual(['en', 'fi', 'zh-CN']);
		}
	});

	test('robots.txt names the sitemap by its absolute address', () => {
		const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
		const line = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
		expect(new URL(line).pathname).toBe('/sitemap-index.xml');
		expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
	});
});

test.describe('typical severity', () => {
	for (const locale of LOCALES) {
		test(`${locale}: only articles an admin escalates to 21Vianet show a typical severity`, () => {
			const items = load(`/${locale}/troubleshooting/`).querySelectorAll('li[data-audience]');
			expect(items.length).toBeGreaterThan(0);
			const shown = (article: HTMLElement) =>
				article.querySelector('.article-meta [data-pagefind-filter^="severity:"]') !== null;
			for (const li of items) {
				const href = li.querySelector('a')!.getAttribute('href')!;
				const services = (li.getAttribute('data-services') ?? '').split(' ');
				const expected =
					li.getAttribute('data-audience') !== 'user' && services.includes('21vianet');
				// The index badge, the index filter's value and the article's own badge agree.
				expect(li.hasAttribute('data-severity'), href).toBe(expected);
				expect(li.querySelectorAll('.badge').length, href).toBe(expected ? 2 : 1);
				expect(shown(load(href)), href).toBe(expected);
			}
		});
	}
});

test.describe('open-now heading', () => {
	for (const locale of LOCALES) {
		test(`${locale}: the label and the note are separate words`, () => {
			const title = load(`/${locale}/support-hours/`).querySelector('.open-now-title');
			expect(title).not.toBeNull();
			const label = title!.querySelector('strong')!.text;
			const text = title!.text;
			// Finnish and English need a space after "?"; Chinese writes none after "？".
			const gap = label.endsWith('？') ? '' : ' ';
			expect(text.startsWith(`${label}${gap}`) && !text.startsWith(`${label}${gap} `), text).toBe(
				true,
			);
		});
	}
});

test.describe('open-now lines', () => {
	for (const locale of ['fi', 'en']) {
		test(`${locale}: each line has one colon, and the words after it start in lower case`, () => {
			const lines = load(`/${locale}/support-hours/`)
				.querySelectorAll('[data-testid="open-now-line"]')
				.map((li) => li.text.trim());
			expect(lines.length).toBeGreaterThan(2);
			const wrong = lines.filter((l) => {
				const after = l.split(': ')[1] ?? '';
				return l.split(':').length > 2 || /^\p{Lu}/u.test(after);
			});
			expect(wrong).toEqual([]);
		});
	}
});

test.describe('what to collect', () => {
	for (const locale of LOCALES) {
		test(`${locale}: the list holds only what to collect; the next steps are not list items of it`, () => {
			const index = load(`/${locale}/troubleshooting/`);
			const hrefs = index
				.querySelectorAll('li[data-audience] > a')
				.map((a) => a.getAttribute('href')!);
			expect(hrefs.length).toBeGreaterThan(0);
			const glued = hrefs.filter((href) => {
				const list = load(href).querySelector('[data-testid="what-to-collect"]');
				// Two lists in a row read as one: the severity line and the channel link would look
				// like more things to collect.
				return list?.nextElementSibling?.tagName === 'UL';
			});
			expect(glued).toEqual([]);
		});
	}
});

test.describe('severity A conditions', () => {
	for (const locale of LOCALES) {
		test(`${locale}: every article estimated at A says what A needs, next to the estimate`, () => {
			const items = load(`/${locale}/troubleshooting/`).querySelectorAll('li[data-severity]');
			expect(items.length).toBeGreaterThan(0);
			const wrong = items.filter((li) => {
				const href = li.querySelector('a')!.getAttribute('href')!;
				const conditions = load(href).querySelector('[data-testid="severity-a-conditions"]');
				// A reader who sees "usually A" without the agreement and the named person would
				// expect an A response their contract may not give (zh review 19, single sign-on).
				return (li.getAttribute('data-severity') === 'A') !== (conditions !== null);
			});
			expect(wrong.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([]);
		});
	}
});

// "A（本指南估计）" on the Teams outage article, while the severity table listed it as 21Vianet's
// own A example (zh review 31, row 7): an example the guide only reads as covering an article says
// so in the table, and the article's badge names it as 21Vianet's example read by this guide.
test.describe('severity examples this guide reads as covering an article', () => {
	const { severities } = JSON.parse(
		readFileSync(join(ROOT, 'content/policy/support-policy.json'), 'utf8'),
	) as {
		severities: {
			id: string;
			examples: { article: string; key: string; interpreted?: boolean }[];
		}[];
	};
	const readings = severities.flatMap((s) =>
		s.examples.filter((ex) => ex.interpreted).map((ex) => ({ id: s.id, ...ex })),
	);
	test('the policy has at least one such example', () => {
		expect(readings.length).toBeGreaterThan(0);
	});
	for (const locale of LOCALES) {
		test(`${locale}: the table notes the reading, and the article's badge agrees`, () => {
			const strings = JSON.parse(
				readFileSync(join(ROOT, `content/i18n/${locale}.json`), 'utf8'),
			) as Record<string, string>;
			const table = load(`/${locale}/severity-and-response-times/`);
			for (const ex of readings) {
				const href = `/${locale}/troubleshooting/${ex.article}/`;
				const link = table.querySelector(`main td a[href="${href}"]`);
				expect(link?.parentNode?.querySelector('.sev-reading')?.text, href).toBe(
					strings[`${ex.key}.reading`],
				);
				const badge = load(href).querySelector('.article-meta [data-pagefind-filter^="severity:"]');
				const audience = load(`/${locale}/troubleshooting/`)
					.querySelector(`li[data-audience] a[href="${href}"]`)
					?.closest('li')
					?.getAttribute('data-audience');
				const key = `article.severityBadge_interpreted${audience === 'everyone' ? '_everyone' : ''}`;
				expect(badge?.text.trim(), href).toBe(strings[key]!.replace('{{id}}', ex.id));
			}
		});
	}
});

test.describe('retired products', () => {
	const { retirements } = JSON.parse(
		readFileSync('content/policy/support-policy.json', 'utf8'),
	) as { retirements: { skypeForBusinessOnline: Record<string, string> } };
	const year = retirements.skypeForBusinessOnline['21vianet']!.slice(0, 4);
	for (const locale of LOCALES) {
		test(`${locale}: 21Vianet's categories say when Skype for Business Online was retired`, () => {
			const row = load(`/${locale}/21vianet/technical-support/`)
				.querySelectorAll('main td')
				.find((td) => td.text.startsWith('Skype for Business Online'));
			expect(row?.text).toContain(year);
			expect(row?.text).toContain('Microsoft Teams');
		});
	}
});

test.describe('address caveats', () => {
	const policy = JSON.parse(readFileSync('content/policy/support-policy.json', 'utf8')) as {
		endpoints: Record<string, Record<string, string | null>>;
		endpointCaveats: Record<string, Record<string, string>>;
	};
	const caveated = Object.entries(policy.endpointCaveats)
		.filter(([name]) => !name.startsWith('$'))
		.flatMap(([name, services]) => Object.keys(services).map((s) => policy.endpoints[name]![s]!));
	test('the policy marks at least one address whose path is unconfirmed', () => {
		expect(caveated.length).toBeGreaterThan(0);
	});
	for (const locale of LOCALES) {
		test(`${locale}: an address the policy marks unconfirmed carries its caveat wherever it is shown`, () => {
			const bare = pages
				.filter((p) => localeOf(p) === locale && p.endsWith('/'))
				.flatMap((p) =>
					load(p)
						.querySelectorAll('main a[href], main code')
						.filter((el) => caveated.includes(el.getAttribute('href') ?? `https://${el.text}`))
						// SUPPORT-POLICY 6: "host confirmed; check the path".
						.filter((el) => el.nextElementSibling?.getAttribute('data-testid') !== 'address-caveat')
						.map(() => p),
				);
			expect(bare).toEqual([]);
		});
	}
});

test.describe('addresses with a path', () => {
	test('a site address is one code element, path included (fi review 20, 35)', () => {
		const split = pages.filter(
			(p) => p.endsWith('/') && /<\/code>\/[\w-]/.test(readFileSync(fileOf(p), 'utf8')),
		);
		expect(split).toEqual([]);
	});
});

test.describe('UI label markers', () => {
	// UI strings mark labels as **label** (StrongText renders them bold); a string shown as plain
	// text, or passed to a script in a data attribute, would show the asterisks to the reader.
	test('no page shows ** outside code, in its text or in the data it gives its scripts', () => {
		const shown = pages
			.filter((p) => p.endsWith('/'))
			.filter((p) => {
				const doc = load(p);
				for (const code of doc.querySelectorAll('pre, code, script, style')) code.remove();
				const data = doc
					.querySelectorAll('*')
					.flatMap((el) => Object.entries(el.attributes))
					.filter(([name]) => name.startsWith('data-'))
					.map(([, value]) => value);
				return [doc.text, ...data].some((text) => text.includes('**'));
			});
		expect(shown).toEqual([]);
	});
	test('zh quotes the labels its plain-text strings cannot bold (zh review 25, F-27)', () => {
		const html = readFileSync(fileOf('/zh-cn/severity-and-response-times/'), 'utf8');
		expect(html).toContain('“支持” › “新建服务请求”');
	});
	test('the what-to-collect lists the draft copies from hold no ** either', () => {
		for (const locale of LOCALES) {
			const lists = readFileSync(fileOf(`/${locale}/get-help/collect.json`), 'utf8');
			expect(lists.includes('**'), locale).toBe(false);
		}
	});
});

test.describe('the standard label sentence and the contact line', () => {
	const articles = (locale: string) =>
		pages.filter((p) => p.startsWith(`/${locale}/troubleshooting/`) && p.split('/').length === 5);
	for (const locale of ['fi', 'zh-cn']) {
		test(`${locale}: the sentence opens "Before you start", under its heading`, () => {
			const placed = articles(locale).map((path) => {
				const note = load(path).querySelector('.english-labels');
				if (!note) return [path, 'none'];
				// The heading sits in its anchor wrapper (lib/heading-anchors.ts); the sentence follows that.
				const before = note.previousElementSibling;
				const heading = before?.tagName === 'H2' ? before : before?.querySelector('h2');
				return [path, heading?.id ?? 'elsewhere'];
			});
			const withNote = placed.filter(([, at]) => at !== 'none');
			expect(withNote.length).toBeGreaterThan(0);
			expect(withNote.filter(([, at]) => at !== 'before-you-start')).toEqual([]);
		});
	}
	test('an outage article asks for a request at once, not "if these steps do not help"', () => {
		const outage = readdirSync(join(ROOT, 'content/docs/en/troubleshooting'))
			.filter((f) =>
				/^\s*category: outage\s*$/m.test(
					readFileSync(join(ROOT, 'content/docs/en/troubleshooting', f), 'utf8'),
				),
			)
			.map((f) => f.replace(/\.mdx$/, ''));
		expect(outage.length).toBeGreaterThan(0);
		for (const slug of outage) {
			const heading = load(`/en/troubleshooting/${slug}/`).querySelector('#contact-support')!;
			// The heading sits in its anchor wrapper (lib/heading-anchors.ts); the line follows that.
			const line = (heading.closest('.heading-wrap') ?? heading).nextElementSibling!.text;
			expect(line, slug).toContain('no request is open yet');
			expect(line, slug).not.toContain('do not solve');
		}
	});
	test('an admin article tells its reader to open a request; an article for everyone says an admin can', () => {
		const audienceOf = (f: string) =>
			/^audience: (\w+)\s*$/m.exec(
				readFileSync(join(ROOT, 'content/docs/en/troubleshooting', f), 'utf8'),
			)?.[1];
		const files = readdirSync(join(ROOT, 'content/docs/en/troubleshooting')).filter(
			(f) => f !== 'index.mdx',
		);
		const lines = files
			.filter((f) => audienceOf(f) !== 'user')
			.map((f) => {
				const slug = f.replace(/\.mdx$/, '');
				const heading = load(`/en/troubleshooting/${slug}/`).querySelector('#contact-support')!;
				const line = (heading.closest('.heading-wrap') ?? heading).nextElementSibling!.text;
				return { slug, audience: audienceOf(f), line };
			});
		expect(lines.filter((l) => l.audience === 'everyone').length).toBeGreaterThan(0);
		for (const { slug, audience, line } of lines) {
			if (audience === 'admin') expect(line, slug).not.toMatch(/an admin (can|should)/);
			else expect(line, slug).toMatch(/an admin (can|should)/);
		}
	});
});

test.describe('yes/no answers', () => {
	// A Finn answers "Voitko…?" with "Kyllä voin / En voi", not a bare "Ei" (fi review 27, row 3).
	for (const path of ['/fi/severity-and-response-times/', '/fi/get-help/']) {
		test(`${path} answers each question in its own form`, () => {
			const answers = (name: string) =>
				load(path)
					.querySelectorAll(`input[name="${name}"]`)
					.map((i) => i.parentNode?.text.trim());
			expect(answers('agreement')).toEqual(['Kyllä on', 'Ei ole']);
			expect(answers('resource')).toEqual(['Kyllä voin', 'En voi']);
		});
	}
});
