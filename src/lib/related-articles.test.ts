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
	it('offers a page for people who are not admins no admin-only articles', () => {
		const byAudience = [
			{ ...a('user-page', 'identity', 'account'), audience: 'user' as const },
			{ ...a('admin-only', 'identity', 'account'), audience: 'admin' as const },
			{ ...a('for-everyone', 'identity', 'usage'), audience: 'everyone' as const },
			{ ...a('other-user', 'identity', 'setup'), audience: 'user' as const },
		];
		assert.deepEqual(
			relatedArticles(byAudience, 'user-page', 10).map((x) => x.slug),
			['for-everyone', 'other-user'],
		);
	});
	it('offers an admin page every related article, whatever its audience', () => {
		const byAudience = [
			{ ...a('admin-page', 'identity', 'account'), audience: 'admin' as const },
			{ ...a('user-page', 'identity', 'account'), audience: 'user' as const },
		];
		assert.deepEqual(
			relatedArticles(byAudience, 'admin-page', 10).map((x) => x.slug),
			['user-page'],
		);
	});
	it('returns nothing for an unknown article', () => {
		assert.deepEqual(relatedArticles(articles, 'nope', 5), []);
	});
});
