import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { normalizeQuery } from './search-normalize.ts';
import type { SearchWords } from './search-terms.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The full text, normalized without the query length limit: in chunks cut between words, never inside one. */
function normalizeAll(text: string): string {
	const parts: string[] = [];
	let chunk = '';
	for (const word of text.split(/\s+/)) {
		if (chunk.length + word.length > 120) {
			parts.push(normalizeQuery(chunk));
			chunk = '';
		}
		chunk += ` ${word}`;
	}
	parts.push(normalizeQuery(chunk));
	return ` ${parts.join(' ')} `;
}

for (const locale of ['fi', 'en', 'zh-cn']) {
	const words = JSON.parse(
		readFileSync(join(ROOT, 'content/search', `${locale}.json`), 'utf8'),
	) as SearchWords;
	const docs = readdirSync(join(ROOT, 'content/docs', locale), { recursive: true })
		.filter((f) => String(f).endsWith('.mdx'))
		.map((f) => readFileSync(join(ROOT, 'content/docs', locale, String(f)), 'utf8'))
		.join('\n');
	const text = normalizeAll(docs);

	test(`${locale}: every synonym to search is a word the pages use`, () => {
		const onPages = (m: string) =>
			text.includes(/\p{Script=Han}/u.test(m) ? normalizeQuery(m) : ` ${normalizeQuery(m)}`);
		const nowhere = words.synonyms.flat().filter((m) => !m.startsWith('~') && !onPages(m));
		assert.deepEqual(nowhere, [], 'synonyms in no page: mark words only readers type ~word');
		const typedOnly = words.synonyms.filter((group) => group.every((m) => m.startsWith('~')));
		assert.deepEqual(typedOnly, [], 'groups with nothing to search');
	});

	test(`${locale}: word lists are written as queries are normalized, without overlaps`, () => {
		const all = [
			...words.stop,
			...words.negations,
			...words.synonyms.flat().map((w) => w.replace(/^~/, '')),
		];
		assert.deepEqual(
			all.filter((w) => normalizeQuery(w) !== w && !/[-@]/.test(w)),
			[],
			'entries that normalization would change',
		);
		const stop = new Set([...words.stop, ...words.negations]);
		assert.deepEqual(
			words.synonyms.flat().filter((w) => stop.has(w.replace(/^~/, ''))),
			[],
			'a synonym that is also a stop word is never searched',
		);
		assert.equal(new Set(words.stop).size, words.stop.length, 'repeated stop words');
	});
}
