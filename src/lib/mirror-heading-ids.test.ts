import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingIdMap, renameHeadingIds } from './mirror-heading-ids.ts';

const en = [
	{ depth: 2, slug: 'symptoms' },
	{ depth: 2, slug: 'steps' },
	{ depth: 3, slug: '1-check-the-licence' },
];

test('maps each heading to the source heading at the same place', () => {
	const zh = [
		{ depth: 2, slug: '症状' },
		{ depth: 2, slug: '操作步骤' },
		{ depth: 3, slug: '1-检查许可证' },
	];
	assert.deepEqual(
		[...headingIdMap(zh, en)],
		[
			['症状', 'symptoms'],
			['操作步骤', 'steps'],
			['1-检查许可证', '1-check-the-licence'],
		],
	);
});

test('leaves out ids that are already the same', () => {
	const fi = [
		{ depth: 2, slug: 'oireet' },
		{ depth: 2, slug: 'steps' },
		{ depth: 3, slug: '1-tarkista' },
	];
	assert.deepEqual([...headingIdMap(fi, en).keys()], ['oireet', '1-tarkista']);
});

for (const [name, own] of [
	['a heading more', [...en, { depth: 2, slug: 'extra' }]],
	['a heading less', en.slice(1)],
	['another level', [en[0]!, en[1]!, { depth: 2, slug: 'x' }]],
] as const) {
	test(`keeps the page's own ids when the structure differs: ${name}`, () => {
		assert.equal(headingIdMap(own, en).size, 0);
	});
}

test('keeps its own ids rather than produce a duplicate id', () => {
	// The translation's second heading happens to be called like the source's first.
	const own = [
		{ depth: 2, slug: 'a' },
		{ depth: 2, slug: 'symptoms' },
	];
	const source = [
		{ depth: 2, slug: 'symptoms' },
		{ depth: 2, slug: 'symptoms-1' },
	];
	const map = headingIdMap(own, source);
	const ids = own.map((h) => map.get(h.slug) ?? h.slug);
	assert.equal(new Set(ids).size, ids.length);
});

test('renames only heading ids that the map lists', () => {
	const html =
		'<h2 id="症状">症状</h2><p id="症状x">x</p><h3 class="c" id="1-检查许可证">1</h3><h2 id="other">o</h2>';
	const map = new Map([
		['症状', 'symptoms'],
		['1-检查许可证', '1-check-the-licence'],
	]);
	assert.equal(
		renameHeadingIds(html, map),
		'<h2 id="symptoms">症状</h2><p id="症状x">x</p><h3 class="c" id="1-check-the-licence">1</h3><h2 id="other">o</h2>',
	);
});

test('an empty map returns the HTML unchanged', () => {
	const html = '<h2 id="a">A</h2>';
	assert.equal(renameHeadingIds(html, new Map()), html);
});
