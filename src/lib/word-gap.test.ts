import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordGap } from './word-gap.ts';

describe('wordGap', () => {
	it('puts no space between Chinese sentences (after 。 or before （）', () => {
		assert.equal(
			`此类问题通常属于严重级别 C。${wordGap('zh-cn')}查看`,
			'此类问题通常属于严重级别 C。查看',
		);
	});
	it('puts one space between Finnish or English sentences', () => {
		assert.equal(wordGap('fi'), ' ');
		assert.equal(wordGap('en'), ' ');
	});
	const cases: [string, string, string][] = [
		['after full-width punctuation, none', '号码与技术支持相同：', ''],
		['after a full stop, none', '请致电。', ''],
		['after a Chinese character, one (before a number or Latin text)', '请致电', ' '],
		['after Latin text inside Chinese, one', '使用 Outlook', ' '],
	];
	for (const [name, before, gap] of cases) {
		it(`Chinese, given the text before it: ${name}`, () => {
			assert.equal(wordGap('zh-cn', before), gap);
		});
	}
	it('Finnish and English always take one space, whatever comes before', () => {
		assert.equal(wordGap('fi', 'soita numeroon'), ' ');
		assert.equal(wordGap('en', 'call:'), ' ');
	});
});
