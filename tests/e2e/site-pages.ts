import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The built site: `dist/`, or the folder in DIST_DIR (a build made with OUT_DIR). */
export const DIST = process.env['DIST_DIR']
	? resolve(process.env['DIST_DIR']) + sep
	: new URL('../../dist/', import.meta.url).pathname;

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
