import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML page of the built site as a URL path (`/en/get-help/`), Pagefind's files excluded. */
export function builtPages(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory())
				return name === 'pagefind' || name === '_astro' ? [] : walk(path);
			return name.endsWith('.html') ? [path] : [];
		});
	return walk(DIST)
		.map((file) => '/' + relative(DIST, file).split(sep).join('/'))
		.map((p) => p.replace(/index\.html$/, ''))
		.sort();
}
