import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relatedArticles } from './related-articles.ts';

const a = (slug: string, product: string, category: string) => ({
	slug,
	title: slug,
	product,
	category,
});
const articles = [
	a('self', 'exchange', 'setup'),
	a('same-both', 'exchange', 'setup'),
	a('same-product', 'exchange', 'outage'),
	a('same-category', 'sharepoint', 'setup'),
	a('unrelated', 'identity', 'account'),
];

describe('relatedArticles', () => {
	it('ranks same product and category, then product, then category', () => {
		assert.deepEqual(
			relatedArticles(articles, 'self', 10).map((x) => x.slug),
			['same-both', 'same-product', 'same-category'],
		);
	});
	it('leaves out the article itself and unrelated articles', () => {
		const slugs = relatedArticles(articles, 'self', 10).map((x) => x.slug);
		assert.ok(!slugs.includes('self') && !slugs.includes('unrelated'));
	});
	it('stops at the limit', () => {
		assert.equal(relatedArticles(articles, 'self', 1).length, 1);
	});
	it('returns nothing for an unknown article', () => {
		assert.deepEqual(relatedArticles(articles, 'nope', 5), []);
	});
});
