import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeResults, rankByService } from './search-merge.ts';

const hits = (...pairs: Array<[string, number]>) => pairs.map(([id, score]) => ({ id, score }));

test('a page matching every term outranks pages matching one', () => {
	const merged = mergeResults([[hits(['a', 1], ['b', 2])], [hits(['b', 1], ['c', 3])]]);
	assert.equal(merged[0]!.id, 'b');
	assert.deepEqual(merged.map((m) => m.id).sort(), ['a', 'b', 'c']);
});

test('the rarer term weighs more than a word on every page', () => {
	const common = hits(['a', 5], ['b', 5], ['c', 5], ['d', 5], ['e', 5], ['f', 5], ['g', 5]);
	const merged = mergeResults([[common], [hits(['g', 1])]]);
	assert.equal(merged[0]!.id, 'g');
	const rareOnly = mergeResults([[hits(['a', 1], ['b', 1], ['c', 1], ['d', 1])], [hits(['x', 1])]]);
	assert.equal(rareOnly[0]!.id, 'x');
});

test('a term that matches nothing costs no page anything', () => {
	const merged = mergeResults([[hits(['a', 9], ['b', 1])], [[]]]);
	assert.deepEqual(
		merged.map((m) => m.id),
		['a', 'b'],
	);
	assert.equal(merged[0]!.score, 1);
});

test('a synonym counts as its word: the best alternative per page, scored against the group', () => {
	const merged = mergeResults([[hits(['a', 10]), hits(['b', 1], ['a', 2])]]);
	assert.deepEqual(
		merged.map((m) => [m.id, m.score]),
		[
			['a', 1],
			['b', 0.55],
		],
	);
});

test('nothing in, nothing out', () => {
	assert.deepEqual(mergeResults([]), []);
	assert.deepEqual(mergeResults([[[]]]), []);
});

test('pages of another service move below, order kept within each part', () => {
	assert.deepEqual(
		rankByService(['cn1', 'g1', 'cn2', 'g2'], (x) => x.startsWith('g')),
		['g1', 'g2', 'cn1', 'cn2'],
	);
});
