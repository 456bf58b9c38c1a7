import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localizedPath, splitLocalePath, switchLocale } from './localized-path.ts';

describe('splitLocalePath', () => {
	it('splits a localized page path', () => {
		assert.deepEqual(splitLocalePath('/en/21vianet/pre-sales/'), {
			locale: 'en',
			slug: '21vianet/pre-sales',
		});
	});
	it('recognises a locale home', () => {
		assert.deepEqual(splitLocalePath('/zh-cn/'), { locale: 'zh-cn', slug: '' });
	});
	it('returns no locale for a path without one', () => {
		assert.deepEqual(splitLocalePath('/de/page/'), { locale: undefined, slug: 'de/page' });
	});
});

describe('localizedPath', () => {
	it('adds the locale and a trailing slash', () => {
		assert.equal(localizedPath('fi', 'get-help'), '/fi/get-help/');
	});
	it('returns the locale home for an empty slug', () => {
		assert.equal(localizedPath('zh-cn', ''), '/zh-cn/');
	});
	it('collapses stray slashes', () => {
		assert.equal(localizedPath('en', '/21vianet//pre-sales/'), '/en/21vianet/pre-sales/');
	});
});

describe('switchLocale', () => {
	it('keeps the page when switching language', () => {
		assert.equal(switchLocale('/fi/support-hours/', 'zh-cn'), '/zh-cn/support-hours/');
	});
	it('keeps a home page a home page', () => {
		assert.equal(switchLocale('/en/', 'fi'), '/fi/');
	});
});
