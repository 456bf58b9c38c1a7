import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { numberWord } from './number-words.ts';

const genitive = 'nollan|yhden|kahden|kolmen';

describe('numberWord', () => {
	it('takes the word at the index of the number', () => {
		assert.equal(numberWord(0, genitive), 'nollan');
		assert.equal(numberWord(1, genitive), 'yhden');
		assert.equal(numberWord(3, genitive), 'kolmen');
	});

	it('keeps digits past the end of the list, for fractions, negatives and non-numbers', () => {
		assert.equal(numberWord(4, genitive), '4');
		assert.equal(numberWord(15, genitive), '15');
		assert.equal(numberWord(1.5, genitive), '1.5');
		assert.equal(numberWord(-1, genitive), '-1');
		assert.equal(numberWord('3', genitive), '3');
	});

	it('keeps digits when the list is empty', () => {
		assert.equal(numberWord(1, ''), '1');
	});
});
