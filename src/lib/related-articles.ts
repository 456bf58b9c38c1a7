/** What related-article ranking needs of an article. */
export interface RelatedCandidate {
	slug: string;
	title: string;
	product: string;
	category: string;
	/** Who the article is for; a page for people who are not admins links no admin-only article. */
	audience?: 'admin' | 'user' | 'everyone';
}

/**
 * Articles related to one: same product and category first, then same product, then same
 * category; ties by title. The article itself and unrelated ones are left out, and so are
 * admin-only articles when the article is for people who are not admins.
 */
export function relatedArticles<T extends RelatedCandidate>(
	articles: readonly T[],
	slug: string,
	limit: number,
): T[] {
	const self = articles.find((a) => a.slug === slug);
	if (!self) return [];
	const score = (a: T) =>
		(a.product === self.product ? 2 : 0) + (a.category === self.category ? 1 : 0);
	return articles
		.filter((a) => a.slug !== slug && score(a) > 0)
		.filter((a) => self.audience !== 'user' || a.audience !== 'admin')
		.sort((a, b) => score(b) - score(a) || a.title.localeCompare(b.title))
		.slice(0, limit);
}
