import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedLines, matches, mdxFiles } from './content-scan.ts';

/**
 * A bare URL followed at once by CJK text or full-width punctuation: Markdown's autolink takes
 * the text after it into the address and the link breaks (zh-review, top 1). Write `[text](url)`
 * or `<url>`.
 */
const BARE_URL_INTO_CJK =
	/(?<![(<[`"'=])https?:\/\/[^\s)<>\]`"']*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

describe('links in page sources', () => {
	it('finds a bare URL that runs into Chinese text (the check itself works)', () => {
		const lines = checkedLines(
			'x.mdx',
			'见 https://aka.ms/sspr（全球版）\n见 <https://aka.ms/sspr>（全球版）',
		);
		assert.deepEqual(matches(lines, BARE_URL_INTO_CJK), [
			'x.mdx:1: 见 https://aka.ms/sspr（全球版）',
		]);
	});

	for (const file of mdxFiles()) {
		it(`${file} has no bare URL running into CJK text or full-width punctuation`, () => {
			assert.deepEqual(matches(checkedLines(file), BARE_URL_INTO_CJK), []);
		});
		it(`${file} links over https only`, () => {
			assert.deepEqual(matches(checkedLines(file), /\bhttp:\/\/(?!localhost)/), []);
		});
	}
});
