import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../../src/lib/locales.ts';

const root = new URL('../../', import.meta.url).pathname;
const docs = join(root, 'content/docs');

/** MDX files of a locale, as slugs relative to the locale folder. */
function pagesOf(locale: string): string[] {
	const base = join(docs, locale);
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return walk(path);
			return name.endsWith('.mdx') ? [relative(base, path)] : [];
		});
	return walk(base).sort();
}

const read = (locale: string, page: string) => readFileSync(join(docs, locale, page), 'utf8');
/** The body without frontmatter and without fenced code (headings in code are not headings). */
const body = (text: string) =>
	text.replace(/^---[\s\S]*?\n---\n/, '').replace(/```[\s\S]*?```/g, '');
/** Heading levels in order, e.g. [2, 2, 3, 2]. */
const headings = (text: string) =>
	[...body(text).matchAll(/^(#{2,6})\s/gm)].map((m) => m[1]!.length);
/** Names of the MDX components a page uses, with how often. */
const components = (text: string) =>
	[...body(text).matchAll(/<([A-Z]\w+)/g)].map((m) => m[1]!).sort();

const reference = pagesOf('en');

describe('content parity across locales', () => {
	for (const locale of LOCALES) {
		it(`${locale} has exactly the pages of the others, under the same slugs`, () => {
			assert.deepEqual(pagesOf(locale), reference);
		});
	}

	for (const page of reference) {
		it(`${page}: same heading structure in every locale`, () => {
			const expected = headings(read('en', page));
			for (const locale of LOCALES)
				assert.deepEqual(headings(read(locale, page)), expected, locale);
		});
		it(`${page}: same components in every locale`, () => {
			const expected = components(read('en', page));
			for (const locale of LOCALES)
				assert.deepEqual(components(read(locale, page)), expected, locale);
		});
	}
});

describe('content links stay in their language', () => {
	for (const locale of LOCALES) {
		it(`${locale} pages link only to ${locale} pages`, () => {
			const others = LOCALES.filter((l) => l !== locale);
			for (const page of pagesOf(locale)) {
				const links = [
					...body(read(locale, page)).matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g),
				].map((m) => m[1] ?? m[2]!);
				const foreign = links.filter((href) => others.some((o) => href.startsWith(`/${o}/`)));
				assert.deepEqual(foreign, [], `${locale}/${page}`);
				const unprefixed = links.filter((href) => !href.startsWith(`/${locale}/`));
				assert.deepEqual(
					unprefixed,
					[],
					`${locale}/${page}: internal links need the /${locale}/ prefix`,
				);
			}
		});
	}
});

describe('facts come from the policy data, not from page text', () => {
	const policy = JSON.parse(
		readFileSync(join(root, 'content/policy/support-policy.json'), 'utf8'),
	) as {
		phones: Record<string, { display: string; tel: string }>;
		schedules: Record<string, { windows: Array<{ from: string; to: string }> }>;
		channels: Array<{ hours: { from?: string; to?: string } }>;
	};
	const digits = (s: string) => s.replace(/\D/g, '');
	const phoneDigits = Object.values(policy.phones).flatMap((p) => [
		digits(p.display),
		digits(p.tel),
	]);
	const times = new Set(
		[
			...Object.values(policy.schedules).flatMap((s) => s.windows.flatMap((w) => [w.from, w.to])),
			...policy.channels.flatMap((c) => [c.hours.from, c.hours.to]),
		].filter((t): t is string => t !== undefined && t !== '00:00'),
	);

	for (const locale of LOCALES) {
		it(`${locale} pages never type a support phone number`, () => {
			for (const page of pagesOf(locale)) {
				const text = digits(body(read(locale, page)));
				for (const phone of phoneDigits)
					assert.ok(!text.includes(phone), `${locale}/${page} types ${phone}`);
			}
		});
		it(`${locale} pages never type a support hour (${[...times].join(', ')})`, () => {
			for (const page of pagesOf(locale)) {
				const text = body(read(locale, page));
				for (const time of times) {
					const loose = new RegExp(
						`\\b${time.replace(':', '[:.]')}\\b|\\b${Number(time.slice(0, 2))}[.:]${time.slice(3)}\\b`,
					);
					assert.ok(!loose.test(text), `${locale}/${page} types ${time}`);
				}
			}
		});
	}

	it('finds the facts it looks for (the check itself works)', () => {
		assert.ok(phoneDigits.includes('864000890365'));
		assert.ok(times.has('09:00') && times.has('24:00') && times.has('18:00'));
	});
});
