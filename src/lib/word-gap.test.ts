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
});
