import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceStart } from './sentence-start.ts';

describe('sentenceStart', () => {
	const cases: [string, string, string, string][] = [
		[
			'capitalizes a Finnish status that starts its line',
			'suljettu nyt. Avautuu ma 9.00.',
			'fi-FI',
			'Suljettu nyt. Avautuu ma 9.00.',
		],
		[
			'capitalizes Finnish hours that start a table cell',
			'ma–pe klo 9.00–17.00 paikallista aikaa',
			'fi-FI',
			'Ma–pe klo 9.00–17.00 paikallista aikaa',
		],
		['leaves a capital as it is', 'Open now.', 'en-US', 'Open now.'],
		['leaves Chinese as it is', '当前在服务时间内。', 'zh-CN', '当前在服务时间内。'],
		['leaves a digit first as it is', '24 hours a day', 'en-US', '24 hours a day'],
		['the empty string stays empty', '', 'fi-FI', ''],
	];
	for (const [name, text, lang, want] of cases)
		it(name, () => assert.equal(sentenceStart(text, lang), want));
});
