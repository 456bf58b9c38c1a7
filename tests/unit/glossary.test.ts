import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GLOSSARIES, type BannedTerm } from '../../src/data/glossary.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { checkedLines, matches, mdxFiles } from './content-scan.ts';

/** A banned entry as a case-insensitive pattern. */
const patternOf = (b: BannedTerm) =>
	new RegExp(b.regex ?? b.term!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');

describe('glossary data', () => {
	const ids = (locale: (typeof LOCALES)[number]) => GLOSSARIES[locale].terms.map((t) => t.id);

	for (const locale of LOCALES) {
		it(`${locale} has the same terms, in the same order, as English`, () => {
			assert.deepEqual(ids(locale), ids('en'));
		});
		it(`${locale}: every term and meaning is written, every banned entry says what to use`, () => {
			for (const t of GLOSSARIES[locale].terms) assert.ok(t.term && t.meaning, t.id);
			for (const b of GLOSSARIES[locale].banned) {
				assert.ok(Boolean(b.term) !== Boolean(b.regex), 'term or regex, not both');
				assert.ok(b.use && b.why);
			}
		});
		it(`${locale}: no preferred term is itself banned`, () => {
			const banned = GLOSSARIES[locale].banned.map(patternOf);
			for (const t of GLOSSARIES[locale].terms)
				for (const p of banned) assert.doesNotMatch(t.term, p, `${t.id} is banned by ${p}`);
		});
	}
});

describe('banned terms', () => {
	it('are found with file and line (the check itself works)', () => {
		const lines = checkedLines(
			'x.mdx',
			'ok\n21Vianetin operoimassä palvelussa\nkeywords: [operoimassä]',
		);
		const found = matches(lines, patternOf({ term: 'operoimassä', use: '', why: '' }));
		assert.deepEqual(found, ['x.mdx:2: 21Vianetin operoimassä palvelussa']);
	});

	for (const locale of LOCALES) {
		const files = [...mdxFiles(locale), `content/i18n/${locale}.json`];
		for (const banned of GLOSSARIES[locale].banned) {
			const pattern = patternOf(banned);
			it(`${locale}: no page or UI string uses «${banned.term ?? banned.regex}» (use «${banned.use}»)`, () => {
				const found = files.flatMap((f) => matches(checkedLines(f), pattern));
				assert.deepEqual(found, [], `${banned.why}\n${found.join('\n')}`);
			});
		}
	}
});
