import type { TriedArticle } from './draft.ts';

/** Where the articles opened from the results are remembered for the draft (this tab only). */
const TRIED_KEY = 'get-help.tried';

/** Articles opened from the results in this tab. */
export function readOpened(): Array<{ title: string; url: string }> {
	try {
		const value = JSON.parse(sessionStorage.getItem(TRIED_KEY) ?? '[]') as unknown;
		return Array.isArray(value)
			? (value as Array<{ title: string; url: string }>).filter((t) => typeof t?.url === 'string')
			: [];
	} catch {
		return [];
	}
}

/** Remembers a search result the reader opened (a click on a link in the results). */
export function rememberOpened(event: Event): void {
	const link = (event.target as HTMLElement).closest('a');
	if (!link) return;
	const opened = readOpened().filter((t) => t.url !== link.href);
	opened.push({ title: link.dataset.title ?? link.textContent ?? '', url: link.href });
	try {
		sessionStorage.setItem(TRIED_KEY, JSON.stringify(opened.slice(-10)));
	} catch {
		/* storage blocked: the draft then lists only the articles in the URL */
	}
}

/** The what-to-collect lists by article path, fetched from `url`; empty when that fails. */
export async function fetchCollectLists(url: string): Promise<Map<string, readonly string[]>> {
	const lists = new Map<string, readonly string[]>();
	try {
		const response = await fetch(url);
		if (!response.ok) return lists;
		const data = (await response.json()) as Record<string, unknown>;
		for (const [path, list] of Object.entries(data))
			if (Array.isArray(list)) lists.set(path, list.map(String));
	} catch {
		/* offline or blocked: the draft lists the articles without their lists */
	}
	return lists;
}

/**
 * Articles tried: those named in the URL (`slugs`), then those opened from the results in this
 * tab, once each, with their what-to-collect lists when `collect` has them.
 */
export function triedArticles(
	slugs: readonly string[],
	articles: Readonly<Record<string, { title: string; url: string }>>,
	collect: ReadonlyMap<string, readonly string[]>,
): TriedArticle[] {
	const fromUrl = slugs.map((slug) => articles[slug]!).filter(Boolean);
	const byPath = new Map(Object.values(articles).map((a) => [a.url, a]));
	const opened = readOpened().map((o) => {
		const path = new URL(o.url, location.href).pathname;
		return byPath.get(path) ?? { title: o.title, url: o.url };
	});
	return [...fromUrl, ...opened]
		.filter((a, i, all) => all.findIndex((b) => b.url === a.url) === i)
		.map((a) => ({ ...a, collect: collect.get(a.url) ?? [] }));
}
