import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entryId } from './entry-id.ts';

describe('entryId', () => {
	const cases: Array<[string, string, string]> = [
		['drops the extension', 'fi/get-help.mdx', 'fi/get-help'],
		['turns a locale index into the locale', 'en/index.mdx', 'en'],
		['turns a folder index into the folder', 'zh-cn/21vianet/index.mdx', 'zh-cn/21vianet'],
		['keeps nested pages', 'fi/21vianet/pre-sales.mdx', 'fi/21vianet/pre-sales'],
		['normalises Windows separators', 'en\\troubleshooting\\index.md', 'en/troubleshooting'],
		['keeps a page whose name ends in index', 'en/reindex.mdx', 'en/reindex'],
	];
	for (const [name, input, expected] of cases) {
		it(name, () => assert.equal(entryId(input), expected));
	}
});
