/** A search hit as the site shows it: Pagefind's result data, trimmed to what we render. */
export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
	subResults: Array<{ url: string; title: string; excerpt: string }>;
	filters: Record<string, string[]>;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: Array<{ url: string; title: string; excerpt: string }>;
	filters?: Record<string, string[]>;
}

interface PagefindModule {
	options(opts: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		opts?: { filters?: Record<string, unknown> },
	): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
	debouncedSearch(
		term: string,
		opts?: { filters?: Record<string, unknown> },
		ms?: number,
	): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind once per page; its index is the one of the page's `<html lang>`. */
export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
		const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
		await module.options({ excerptLength: 24 });
		await module.init();
		return module;
	})();
	return loading;
}

/**
 * Searches the page language's index; resolves `null` when a newer search superseded
 * this one (debounced), else the top `limit` hits.
 */
export async function searchSite(
	term: string,
	{
		limit = 8,
		debounceMs = 0,
		filters = {},
	}: { limit?: number; debounceMs?: number; filters?: Record<string, unknown> } = {},
): Promise<SearchHit[] | null> {
	const pagefind = await loadPagefind();
	const response =
		debounceMs > 0
			? await pagefind.debouncedSearch(term, { filters }, debounceMs)
			: await pagefind.search(term, { filters });
	if (response === null) return null;
	const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({
		url: d.url,
		title: d.meta['title'] ?? d.url,
		excerpt: d.excerpt,
		subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 3),
		filters: d.filters ?? {},
	}));
}
