import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pickLocale } from './pick-locale.ts';

describe('pickLocale', () => {
	const cases: Array<[string, string[], string]> = [
		['picks Finnish for a Finnish browser', ['fi-FI', 'en'], 'fi'],
		['picks English when it is preferred over Finnish', ['en-GB', 'fi'], 'en'],
		['picks Simplified Chinese for zh-CN', ['zh-CN', 'en'], 'zh-cn'],
		['picks Simplified Chinese for a bare zh', ['zh'], 'zh-cn'],
		['picks Simplified Chinese for zh-Hans-SG', ['zh-Hans-SG'], 'zh-cn'],
		['prefers a later exact match over Traditional Chinese', ['zh-TW', 'en'], 'en'],
		['falls back to Simplified Chinese for Traditional Chinese alone', ['zh-Hant-HK'], 'zh-cn'],
		['skips languages the site does not have', ['de-DE', 'sv', 'en-US'], 'en'],
		['reads Accept-Language quality suffixes', ['en;q=0.9'], 'en'],
		['is case-insensitive', ['ZH-cn'], 'zh-cn'],
		['returns the default locale for no preferences', [], 'fi'],
		['returns the default locale when nothing matches', ['de', 'fr'], 'fi'],
	];
	for (const [name, prefs, expected] of cases) {
		it(name, () => assert.equal(pickLocale(prefs), expected));
	}
});
