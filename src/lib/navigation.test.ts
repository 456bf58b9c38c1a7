import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ancestorSlugs, buildNavigation, prevNext, type NavPage } from './navigation.ts';

const page = (
	slug: string,
	group: string,
	order: number,
	extra: Partial<NavPage> = {},
): NavPage => ({
	slug,
	title: slug || 'home',
	group,
	order,
	...extra,
});

describe('buildNavigation', () => {
	const pages = [
		page('b', 'second', 2),
		page('a', 'second', 1),
		page('', 'first', 0),
		page('hidden', 'first', 5, { hidden: true }),
		page('orphan', 'unlisted', 1),
	];
	const nav = buildNavigation(pages, ['first', 'second', 'empty']);

	it('orders groups as given and drops empty ones', () => {
		assert.deepEqual(
			nav.map((g) => g.group),
			['first', 'second'],
		);
	});
	it('orders pages by their order field', () => {
		assert.deepEqual(
			nav[1]?.pages.map((p) => p.slug),
			['a', 'b'],
		);
	});
	it('leaves out hidden pages and pages of unknown groups', () => {
		const slugs = nav.flatMap((g) => g.pages.map((p) => p.slug));
		assert.ok(!slugs.includes('hidden'));
		assert.ok(!slugs.includes('orphan'));
	});
});

describe('prevNext', () => {
	const nav = buildNavigation([page('', 'g', 0), page('x', 'g', 1), page('y', 'h', 0)], ['g', 'h']);
	it('crosses group boundaries', () => {
		const { prev, next } = prevNext(nav, 'x');
		assert.equal(prev?.slug, '');
		assert.equal(next?.slug, 'y');
	});
	it('has no previous page for the first page', () => {
		assert.equal(prevNext(nav, '').prev, undefined);
	});
	it('returns nothing for a page not in the navigation', () => {
		assert.deepEqual(prevNext(nav, 'nope'), { prev: undefined, next: undefined });
	});
});

describe('ancestorSlugs', () => {
	it('lists the home and each parent folder', () => {
		assert.deepEqual(ancestorSlugs('21vianet/pre-sales'), ['', '21vianet']);
	});
	it('gives a top-level page only the home', () => {
		assert.deepEqual(ancestorSlugs('get-help'), ['']);
	});
	it('gives the home no ancestors', () => {
		assert.deepEqual(ancestorSlugs(''), []);
	});
});
