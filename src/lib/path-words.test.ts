import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathWords } from './path-words.ts';

describe('pathWords', () => {
	const cases: Array<[string, string, string]> = [
		['turns separators into spaces', '/en/sharepoint-site_down/', 'sharepoint site down'],
		[
			'drops the locale and the file ending',
			'/fi/jaettu-postilaatikko.html',
			'jaettu postilaatikko',
		],
		['decodes percent-encoded Chinese', '/zh-cn/%E5%85%B1%E4%BA%AB%E9%82%AE%E7%AE%B1/', '共享邮箱'],
		['keeps malformed encoding as text', '/en/bad%E0%A4%A/', 'bad%E0%A4%A'],
		['drops index and 404', '/en/troubleshooting/index.html', 'troubleshooting'],
		['gives nothing for a locale home', '/zh-cn/', ''],
		['caps the length', `/en/${'a-'.repeat(200)}`, 'a '.repeat(50).trim()],
	];
	for (const [name, input, expected] of cases) {
		it(name, () => assert.equal(pathWords(input), expected));
	}
});
