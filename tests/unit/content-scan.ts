import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const ROOT = new URL('../../', import.meta.url).pathname;

/** Every MDX file of a locale (or of all locales), as paths relative to the repository. */
export function mdxFiles(locale?: string): string[] {
	const base = join(ROOT, 'content/docs', locale ?? '');
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return walk(path);
			return name.endsWith('.mdx') ? [relative(ROOT, path)] : [];
		});
	return walk(base).sort();
}

/** A line of a file with its 1-based number. */
export interface NumberedLine {
	file: string;
	line: number;
	text: string;
}

/**
 * The lines a reader sees or a page renders: the frontmatter `keywords:` list is left out, on one
 * line or wrapped over several (readers may search with an old or wrong word on purpose);
 * everything else stays.
 */
export function checkedLines(file: string, text = readFileSync(join(ROOT, file), 'utf8')) {
	const indent = (t: string) => t.length - t.trimStart().length;
	// The indentation of the `keywords:` line being skipped; deeper lines belong to its list.
	let keywordsIndent = -1;
	return text
		.split('\n')
		.map((t, i): NumberedLine => ({ file, line: i + 1, text: t }))
		.filter((l) => {
			if (/^\s*keywords:/.test(l.text)) {
				keywordsIndent = indent(l.text);
				return false;
			}
			if (keywordsIndent >= 0 && l.text.trim() && indent(l.text) > keywordsIndent) return false;
			keywordsIndent = -1;
			return true;
		});
}

/** Lines that match a pattern, as `file:line: text` for a failure message. */
export function matches(lines: readonly NumberedLine[], pattern: RegExp): string[] {
	return lines
		.filter((l) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(l.text))
		.map((l) => `${l.file}:${l.line}: ${l.text.trim().slice(0, 120)}`);
}
