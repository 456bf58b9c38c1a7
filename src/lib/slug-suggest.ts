/** Levenshtein distance: the fewest one-character edits turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				prev[j]! + 1,
				row[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		prev = row;
	}
	return prev[b.length]!;
}

/** Words of a path or slug: lower case, split at `/ - _ .` and spaces. */
function slugWords(path: string): string[] {
	return path
		.toLowerCase()
		.split(/[/\-_.\s]+/)
		.filter(Boolean);
}

/** 1 for the same word, falling with each edit relative to the longer word's length. */
function wordSimilarity(a: string, b: string): number {
	return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Average over `from` of each word's best similarity to a word of `to`. */
function coverage(from: string[], to: string[]): number {
	if (!from.length || !to.length) return 0;
	return (
		from.reduce((sum, w) => sum + Math.max(...to.map((t) => wordSimilarity(w, t))), 0) / from.length
	);
}

/** How close a mistyped slug is to a real one: 0.7 × its words found + 0.3 × the slug's words found. */
export function slugSimilarity(typed: string, slug: string): number {
	const a = slugWords(typed).slice(0, 12);
	const b = slugWords(slug);
	return 0.7 * coverage(a, b) + 0.3 * coverage(b, a);
}

/** Least similarity for a slug to be suggested. */
export const SLUG_THRESHOLD = 0.75;

/** The real slugs most like a mistyped one, best first, above {@link SLUG_THRESHOLD}. */
export function suggestSlugs(typed: string, slugs: string[], max = 3): string[] {
	return slugs
		.map((slug) => ({ slug, score: slugSimilarity(typed, slug) }))
		.filter((s) => s.score >= SLUG_THRESHOLD)
		.sort((x, y) => y.score - x.score)
		.slice(0, max)
		.map((s) => s.slug);
}

/**
 * The real slug a path means when it differs only in case or slashes (`/EN/Get-Help` →
 * `get-help`), else undefined. `slug` is the path without its locale.
 */
export function sameSlug(slug: string, slugs: string[]): string | undefined {
	const key = slug.toLowerCase().split('/').filter(Boolean).join('/');
	return slugs.find((s) => s.toLowerCase() === key);
}
