/** A heading as Astro's `render()` lists it. */
export interface HeadingRef {
	depth: number;
	slug: string;
}

/**
 * Maps a translation's heading ids to the source page's, heading by heading, so `#steps` is the
 * same section in every language: the language switch keeps the reader's place, shared links
 * stay readable ASCII, and a Chinese page stops repeating each percent-encodable id five times.
 * Pages whose headings differ in number or levels keep their own ids (an empty map).
 */
export function headingIdMap(
	own: readonly HeadingRef[],
	source: readonly HeadingRef[],
): Map<string, string> {
	const same = own.length === source.length && own.every((h, i) => h.depth === source[i]!.depth);
	if (!same) return new Map();
	const map = new Map<string, string>();
	own.forEach((h, i) => {
		const to = source[i]!.slug;
		if (h.slug !== to) map.set(h.slug, to);
	});
	// Renaming some ids and not others must not give two headings one id.
	const ids = own.map((h) => map.get(h.slug) ?? h.slug);
	if (new Set(ids).size !== ids.length) return new Map();
	return map;
}

/** Renames the `id` of each h1–h6 in `html` that `map` lists. */
export function renameHeadingIds(html: string, map: ReadonlyMap<string, string>): string {
	if (map.size === 0) return html;
	return html.replace(
		/(<h[1-6](?:\s[^>]*)?\sid=")([^"]*)(")/g,
		(all, start: string, id: string, end: string) => {
			const to = map.get(id);
			return to === undefined ? all : start + to + end;
		},
	);
}
