/** One page in one Pagefind result list: its id and Pagefind's relevance score. */
export interface TermHit {
	id: string;
	score: number;
}

/** A page in the merged list with its combined score (0 to 1). */
export interface MergedHit {
	id: string;
	score: number;
}

/**
 * Merges the results of each term group, searched on its own, into one ranked list. Pagefind
 * returns only pages containing every word of a query, so a question's words are searched one
 * by one (with their synonyms) and combined here. The score of a page, 0 to 1:
 *
 * - per term group (a word and its synonyms; a page's best alternative counts), half for
 *   matching the term at all and half for Pagefind's score relative to the best page of the
 *   group (of all its alternatives: a rare synonym's only page does not count as a best match)
 *   (Pagefind's score already favours words in titles and headings, less in keywords);
 * - terms weighted by rarity, `1 / √(pages matching the term)`, averaged over the terms that
 *   match anything (a typo that matches nothing does not count against any page), times the
 *   group's entry in `weights` (1 when absent; the client gives negations less).
 *
 * So a page with every word ranks first, the rarest words decide among the rest. Measured on
 * tests/search-quality: adding a bonus for pages that match the whole query (0.2 or 0.5) ranked
 * worse than this, since the whole query keeps incidental words. Ties keep first-seen order.
 */
export function mergeResults(groups: TermHit[][][], weights: number[] = []): MergedHit[] {
	const order = new Map<string, number>();
	const see = (id: string) => order.has(id) || order.set(id, order.size);
	const terms = groups
		.map((alternatives, g) => {
			const best = new Map<string, number>();
			for (const h of alternatives.flat()) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score));
			const top = Math.max(0, ...best.values()) || 1;
			for (const [id, s] of best) best.set(id, s / top);
			return { best, weight: best.size ? (weights[g] ?? 1) / Math.sqrt(best.size) : 0 };
		})
		.filter((t) => t.weight > 0);
	terms.forEach((t) => t.best.forEach((_, id) => see(id)));
	const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0) || 1;
	const scored = [...order.keys()].map((id) => {
		let score = 0;
		for (const t of terms) {
			const s = t.best.get(id);
			if (s !== undefined) score += (t.weight * (0.5 + 0.5 * s)) / totalWeight;
		}
		return { id, score };
	});
	return scored.sort((a, b) => b.score - a.score || order.get(a.id)! - order.get(b.id)!);
}

/**
 * Moves items for another service below the others, keeping each part's order. `fits` says
 * whether an item is for the reader's service (pages for every service fit).
 */
export function rankByService<T>(items: T[], fits: (item: T) => boolean): T[] {
	return [...items.filter(fits), ...items.filter((i) => !fits(i))];
}
