/**
 * The collection id of a content file from its path under `content/docs/`:
 * the extension and a trailing `index` are dropped (`fi/21vianet/index.mdx` → `fi/21vianet`).
 */
export function entryId(relativePath: string): string {
	const noExt = relativePath.replace(/\\/g, '/').replace(/\.mdx?$/i, '');
	return noExt.replace(/(^|\/)index$/i, '').toLowerCase();
}
