import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unclosedBold } from '../../src/lib/unclosed-bold.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { checkedLines, mdxFiles } from './content-scan.ts';

// "**商业版（全球版）**由" shows its asterisks: Markdown cannot close bold after a full-width
// bracket when a Han character follows (found by the built-site check, zh review 25 pass).
describe('bold text renders as bold', () => {
	for (const locale of LOCALES) {
		it(`${locale} pages have no ** that Markdown cannot open or close`, () => {
			let fenced = false;
			const found = mdxFiles(locale).flatMap((file) =>
				checkedLines(file)
					.filter((l) => {
						if (/^\s*(```|~~~)/.test(l.text)) fenced = !fenced;
						return !fenced && unclosedBold(l.text).length > 0;
					})
					.map((l) => `${l.file}:${l.line}: ${l.text.trim().slice(0, 100)}`),
			);
			assert.deepEqual(found, []);
		});
	}
});
