import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANG_TAGS, LOCALES, type Locale } from '../../src/lib/locales.ts';
import { NAV_GROUPS } from '../../src/schemas/docs.ts';
import { hasPairedMarkers } from '../../src/lib/strong-text.ts';

const root = new URL('../../', import.meta.url).pathname;
const load = (locale: Locale): Record<string, string> =>
	JSON.parse(readFileSync(join(root, 'content/i18n', `${locale}.json`), 'utf8')) as Record<
		string,
		string
	>;
const strings = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<
	Locale,
	Record<string, string>
>;

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A key without its plural suffix. */
const baseKey = (key: string) => key.replace(PLURAL, '');
const pluralCategories = (locale: Locale) =>
	new Intl.PluralRules(LANG_TAGS[locale]).resolvedOptions().pluralCategories;

/** Every file below a folder whose name ends in one of the given extensions. */
function filesUnder(dir: string, exts: string[]): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return filesUnder(path, exts);
		return exts.some((e) => name.endsWith(e)) ? [path] : [];
	});
}

/**
 * Keys that code and data name literally: t('x') and tl('x') (the names translation functions
 * get), pluralForms(l, 'x'), and `policy.*` keys in the policy data.
 */
function usedKeys(): Set<string> {
	const used = new Set<string>();
	for (const file of filesUnder(join(root, 'src'), ['.astro', '.ts'])) {
		if (file.endsWith('.test.ts')) continue;
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(/\btl?\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]!);
		for (const m of text.matchAll(/pluralForms\([^,]+,\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(m[1]!);
	}
	const policy = readFileSync(join(root, 'content/policy/support-policy.json'), 'utf8');
	for (const m of policy.matchAll(/"(policy\.[a-zA-Z0-9_.-]+)"/g)) used.add(m[1]!);
	return used;
}

describe('UI strings', () => {
	const reference = new Set(Object.keys(strings.en).map(baseKey));

	for (const locale of LOCALES) {
		it(`${locale} has every key of the others, and no extra one`, () => {
			const own = new Set(Object.keys(strings[locale]).map(baseKey));
			assert.deepEqual(
				[...reference].filter((k) => !own.has(k)),
				[],
				'missing keys',
			);
			assert.deepEqual(
				[...own].filter((k) => !reference.has(k)),
				[],
				'extra keys',
			);
		});

		it(`${locale} has no empty strings`, () => {
			const empty = Object.entries(strings[locale]).filter(([, v]) => v.trim() === '');
			assert.deepEqual(empty, []);
		});

		it(`${locale} marks UI labels as **label**, each marker paired on one line`, () => {
			const unpaired = Object.entries(strings[locale]).filter(([, v]) => !hasPairedMarkers(v));
			assert.deepEqual(unpaired, []);
		});

		it(`${locale} has exactly the plural forms its language needs`, () => {
			const categories = pluralCategories(locale);
			const pluralBases = new Set(
				Object.keys(strings[locale])
					.filter((k) => PLURAL.test(k))
					.map(baseKey),
			);
			for (const base of pluralBases) {
				for (const c of categories) {
					assert.ok(`${base}_${c}` in strings[locale], `${locale}: ${base}_${c} missing`);
				}
				const extra = Object.keys(strings[locale]).filter(
					(k) =>
						baseKey(k) === base &&
						k !== base &&
						!categories.includes(k.match(PLURAL)![1] as Intl.LDMLPluralRule),
				);
				assert.deepEqual(extra, [], `${locale}: plural forms its language does not use`);
			}
		});
	}

	it('defines every key the code and the policy data use', () => {
		const defined = Object.keys(strings.en).map(baseKey);
		// A key used with i18next `context` is defined by its forms (`key_technical`, `key_billing`).
		const undefinedKeys = [...usedKeys()]
			.filter((k) => !defined.some((d) => d === k || d.startsWith(`${k}_`)))
			.sort();
		assert.deepEqual(undefinedKeys, []);
	});

	it('defines the keys that code builds from lists (sidebar groups, callouts)', () => {
		// SeverityTable adds this guide's reading under an example it only reads as covering an article.
		const { severities } = JSON.parse(
			readFileSync(join(root, 'content/policy/support-policy.json'), 'utf8'),
		) as { severities: { examples: { key: string; interpreted?: boolean }[] }[] };
		const readings = severities.flatMap((s) =>
			s.examples.filter((ex) => ex.interpreted).map((ex) => `${ex.key}.reading`),
		);
		const built = [
			...NAV_GROUPS.map((g) => `nav.group.${g}`),
			'callout.important',
			'callout.note',
			...readings,
		];
		assert.deepEqual(
			built.filter((k) => !(k in strings.en)),
			[],
		);
	});

	it('finds the keys it checks (the scan itself works)', () => {
		const used = usedKeys();
		assert.ok(used.has('site.name'));
		assert.ok(used.has('search.results'));
	});
});
