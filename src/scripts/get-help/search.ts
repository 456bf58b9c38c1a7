import { formatMessage, formatPlural, type PluralForms } from '../../lib/format-message.ts';
import { searchSite, type SearchHit, type SearchOptions } from '../pagefind-client.ts';
import { renderHit } from '../search-hit.ts';

/** The search step's words, localized at build time. */
export interface SearchText {
	results: PluralForms;
	none: string;
	loading: string;
	unavailable: string;
	hint: string;
	minLength: number;
}

/**
 * Runs the get-help search for the state's `q` and filters, ranked for the chosen service once
 * the reader has said which one, and shows the hits and a status line inside `root`.
 */
export async function runSearch(
	root: HTMLElement,
	search: SearchText,
	lang: string,
	state: URLSearchParams,
): Promise<void> {
	const q = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const query = state.get('q') ?? '';
	const status = q('[data-search-status]');
	const list = q('[data-results]');
	const empty = q('[data-empty]');
	if (query.length < search.minLength) {
		list.replaceChildren();
		empty.hidden = true;
		status.textContent = query ? search.hint : '';
		return;
	}
	const filters: Record<string, string> = {};
	for (const key of ['product', 'audience'] as const) {
		const value = state.get(key);
		if (value) filters[key] = value;
	}
	const service = state.get('service');
	status.textContent = search.loading;
	let hits: SearchHit[] | null;
	try {
		const options: SearchOptions = { limit: 5, debounceMs: 250, filters };
		if (service === 'global' || service === '21vianet') options.service = service;
		hits = await searchSite(query, options);
	} catch {
		status.textContent = search.unavailable;
		return;
	}
	if (hits === null) return;
	list.replaceChildren(...hits.map(renderHit));
	empty.hidden = hits.length > 0;
	status.textContent = hits.length
		? formatPlural(search.results, hits.length, lang)
		: formatMessage(search.none, { query });
}
