import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GLOSSARIES } from '../../src/data/glossary.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	bareEnglishLabels,
	describedEnglishLabels,
	englishFirstLabels,
	labelsWithoutEnglish,
	unpairedEnglishPaths,
	unverifiedLabels,
} from '../../src/lib/ui-labels.ts';
import { checkedLines, mdxFiles, type NumberedLine } from './content-scan.ts';

/**
 * Lines outside fenced code blocks (PowerShell parameters are not menu names), without the English
 * titles of Microsoft pages in the further-reading list (an entry marked `lang: en`).
 */
function proseLines(file: string): NumberedLine[] {
	let fenced = false;
	const lines = checkedLines(file);
	const englishTitle = (i: number) => {
		if (!/^\s*- title:/.test(lines[i]!.text)) return false;
		for (let j = i + 1; j < lines.length && !/^\s*- /.test(lines[j]!.text); j++)
			if (/^\s*lang: en\s*$/.test(lines[j]!.text)) return true;
		return false;
	};
	return lines.filter((l, i) => {
		if (/^\s*(```|~~~)/.test(l.text)) {
			fenced = !fenced;
			return false;
		}
		return !fenced && !englishTitle(i);
	});
}

for (const locale of ['fi', 'zh-cn'] as const) {
	const labels = GLOSSARIES[locale].uiLabels ?? [];
	describe(`${locale} UI labels (content/glossary/${locale}.json uiLabels)`, () => {
		it('each label names its English original once and links the localized page it was seen on', () => {
			const seen = new Set<string>();
			for (const l of labels) {
				assert.ok(l.en && l.label, JSON.stringify(l));
				assert.ok(!seen.has(l.en), `${l.en} is listed twice`);
				seen.add(l.en);
				const url = new URL(l.source);
				// Microsoft's localized pages (support.office.com and docs.microsoft.com are the former
				// hosts of support.microsoft.com and learn.microsoft.com, and redirect there), or the
				// source file of Microsoft's human translation (a localization repository named after
				// the locale, e.g. ….fi-FI).
				assert.match(
					url.hostname,
					/^(learn|support|docs)\.microsoft\.com$|^support\.office\.com$|^docs\.azure\.cn$|^github\.com$/,
					l.source,
				);
				const path = url.pathname.toLowerCase();
				const localized =
					url.hostname === 'github.com'
						? new RegExp(`\\.${locale}(-[a-z]+)?/`).test(path)
						: path.includes(`/${locale}`);
				assert.ok(localized, `${l.source} is not a ${locale} page`);
			}
		});
		for (const file of mdxFiles(locale)) {
			it(`${file} writes verified labels in ${locale} first, the English in brackets`, () => {
				const found = proseLines(file).flatMap((l) =>
					englishFirstLabels(l.text, labels).map(
						(x) =>
							`${l.file}:${l.line}: write «${x.label} (${x.en})»: ${l.text.trim().slice(0, 100)}`,
					),
				);
				assert.deepEqual(found, []);
			});
		}
		// "版本见**帮助和设置** › **设置** › **关于**。" with no English anywhere on the page: a helper
		// dropped the brackets to save bytes (zh round 28); the English follows at least once.
		for (const file of mdxFiles(locale)) {
			it(`${file} gives each verified label its English name in brackets at least once`, () => {
				const missing = labelsWithoutEnglish(
					proseLines(file).map((l) => l.text),
					labels,
				);
				assert.deepEqual(missing, [], `add the English in brackets after ${missing.join(', ')}`);
			});
		}
		// "valitse **Migration**": the reader of the localized UI needs the step described in their
		// language, with the English label in brackets (fi and zh reviews 19 and 20).
		// Articles bold only UI labels; guidance pages also bold for emphasis.
		for (const file of mdxFiles(locale).filter((f) => f.includes('/troubleshooting/'))) {
			it(`${file} writes no English label in bold as the step itself`, () => {
				const found = proseLines(file).flatMap((l) =>
					bareEnglishLabels(l.text, labels).map(
						(label) =>
							`${l.file}:${l.line}: «${label}»: describe the step in ${locale} and put the English label in brackets`,
					),
				);
				assert.deepEqual(found, []);
			});
		}
		// The standard sentence explains the described form: on every article that uses it, and on
		// no other (fi review 27, row 18; zh review 27, row 21: it stood on pages without one).
		for (const file of mdxFiles(locale).filter((f) => f.includes('/troubleshooting/'))) {
			it(`${file} carries the standard label sentence exactly when it describes a label`, () => {
				const described = proseLines(file).flatMap((l) => describedEnglishLabels(l.text, labels));
				const flagged = /^\s*englishLabels: true\s*$/m.test(
					readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'),
				);
				assert.equal(
					flagged,
					described.length > 0,
					described.length > 0
						? `set englishLabels: true: it describes ${described.slice(0, 3).join(', ')}`
						: 'set englishLabels: false: no label on the page is described',
				);
			});
		}
		// "**Teams 和组**下的活跃团队和组页面（Teams & groups › Active teams & groups）": one localized
		// step for two English ones (zh review 23, T5; fi review 22, row 4).
		for (const file of mdxFiles(locale)) {
			it(`${file} gives each step of an English path in brackets its own form`, () => {
				const found = proseLines(file).flatMap((l) =>
					unpairedEnglishPaths(l.text).map(
						(path) =>
							`${l.file}:${l.line}: «${path}»: bold each unverified English step, or give each step its verified label`,
					),
				);
				assert.deepEqual(found, []);
			});
		}
		// A bold localized label claims to be what Microsoft's localized UI shows: it needs a source.
		for (const file of mdxFiles(locale)) {
			// Articles bold only UI labels; guidance pages also bold for emphasis.
			const article = file.includes('/troubleshooting/');
			it(`${file} writes only verified ${locale} labels in bold`, () => {
				const english = readFileSync(
					new URL(`../../${file.replace(`/${locale}/`, '/en/')}`, import.meta.url),
					'utf8',
				);
				const found = proseLines(file).flatMap((l) =>
					unverifiedLabels(l.text, labels, locale, english, locale === 'zh-cn' && article).map(
						(label) =>
							`${l.file}:${l.line}: «${label}» is not in uiLabels: add it with its source, or describe the step and keep the English label`,
					),
				);
				assert.deepEqual(found, []);
			});
		}
	});
}

/** A locale's UI strings (content/i18n), which mark labels as **label** like the pages do. */
const uiStrings = (locale: string): Record<string, string> =>
	JSON.parse(
		readFileSync(
			fileURLToPath(new URL(`../../content/i18n/${locale}.json`, import.meta.url)),
			'utf8',
		),
	) as Record<string, string>;

// The request path and the online-request steps come from UI strings, not pages (fi review 22,
// row 3): the same rules hold there as in the articles.
for (const locale of ['fi', 'zh-cn'] as const) {
	const labels = GLOSSARIES[locale].uiLabels ?? [];
	const strings = uiStrings(locale);
	const english = Object.values(uiStrings('en')).join('\n');
	describe(`${locale} UI strings (content/i18n/${locale}.json)`, () => {
		it('write only verified labels in bold, and no English label in bold as the step', () => {
			const found = Object.entries(strings).flatMap(([key, text]) => [
				...unverifiedLabels(text, labels, locale, english, false).map(
					(label) => `${key}: «${label}» is not in uiLabels`,
				),
				...bareEnglishLabels(text, labels).map(
					(label) => `${key}: «${label}» is English as the step itself`,
				),
				...unpairedEnglishPaths(text).map((path) => `${key}: «${path}» has unpaired steps`),
			]);
			assert.deepEqual(found, []);
		});
		it('write verified labels first, the English in brackets', () => {
			const found = Object.entries(strings).flatMap(([key, text]) =>
				englishFirstLabels(text, labels).map((x) => `${key}: write «${x.label} (${x.en})»`),
			);
			assert.deepEqual(found, []);
		});
	});
}
