import { trimExcerpt } from '../lib/search-excerpt.ts';
import { mergeResults, rankByService, type TermHit } from '../lib/search-merge.ts';
import { normalizeQuery } from '../lib/search-normalize.ts';
import { queryTerms, segmentChinese, type SearchWords } from '../lib/search-terms.ts';

/** A search hit as the site shows it: Pagefind's result data, trimmed to what we render. */
export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
	subResults: Array<{ url: string; title: string; excerpt: string }>;
	filters: Record<string, string[]>;
}

/** The two services a page can be for (article frontmatter `services`). */
export type Service = 'global' | '21vianet';

/** Options of {@link searchSite}. */
export interface SearchOptions {
	/** Most hits returned (8). */
	limit?: number;
	/** Wait this long for more typing; a newer call then resolves the older one to `null`. */
	debounceMs?: number;
	/** Pagefind filters, such as `{ product: 'Exchange' }`. */
	filters?: Record<string, unknown>;
	/** The reader's service: pages only for the other service rank below all others. */
	service?: Service;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: Array<{ url: string; title: string; excerpt: string }>;
	filters?: Record<string, string[]>;
}

interface PagefindResult extends TermHit {
	data(): Promise<PagefindResultData>;
}

interface PagefindModule {
	options(opts: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		opts?: { filters?: Record<string, unknown> },
	): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** Weight of the negations typed, as one term, against 1 for each informative term. */
const NEGATION_WEIGHT = 0.25;

let loading: Promise<PagefindModule> | undefined;

/** Loads Pagefind once per page; its index is the one of the page's `<html lang>`. */
export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
		const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
		await module.options({ excerptLength: 24, excerptEllipsis: '…' });
		await module.init();
		return module;
	})();
	return loading;
}

let words: Promise<SearchWords> | undefined;

/** The query word lists of the page's language (content/search), loaded with the first search. */
function loadWords(): Promise<SearchWords> {
	const lang = document.documentElement.lang.toLowerCase();
	words ??= (
		lang.startsWith('zh')
			? import('../../content/search/zh-cn.json')
			: lang.startsWith('fi')
				? import('../../content/search/fi.json')
				: import('../../content/search/en.json')
	).then((m) => m.default as SearchWords);
	return words;
}

/**
 * What to search instead of a term that found nothing: a Latin word cut to a stem-like prefix
 * (Pagefind matches prefixes; a typo or an inflection), a Chinese phrase split into its words.
 */
function fallbacks(term: string): string[] {
	if (/^\p{Script=Latin}{6,}$/u.test(term))
		return [term.slice(0, Math.max(5, Math.ceil(term.length * 0.6)))];
	if (/^\p{Script=Han}{3,}$/u.test(term)) return segmentChinese(term).filter((w) => w !== term);
	return [];
}

/** The localized names of the services as Pagefind filter values (from the header search's markup). */
function serviceNames(): Partial<Record<Service, string>> {
	const el = document.querySelector<HTMLElement>('[data-service-names]');
	return JSON.parse(el?.dataset.serviceNames ?? '{}') as Partial<Record<Service, string>>;
}

/** Whether a page is for the service: its `service` filter, else its section (`/21vianet/`). */
function fitsService(hit: SearchHit, service: Service, names: Partial<Record<Service, string>>) {
	const values = hit.filters['service'];
	if (values?.length) return values.includes(names[service] ?? service);
	return service === '21vianet' || !/\/21vianet\//.test(hit.url);
}

/** A one-word query whose word finds this many pages is not widened by its synonyms. */
const ENOUGH = 5;

/**
 * One term group: the typed word and its synonyms, each retried by its {@link fallbacks} when
 * it finds nothing. `alone`: the query's only term; if it finds {@link ENOUGH} pages its
 * synonyms are skipped (each search may load another index chunk: a keyword costs no more than
 * Pagefind alone, measured on the first query).
 */
async function searchGroup(
	[typed, ...synonyms]: string[],
	find: (q: string) => Promise<PagefindResult[]>,
	alone: boolean,
): Promise<PagefindResult[][]> {
	const retry = async (alt: string) => {
		const found = await find(alt);
		return found.length ? found : (await Promise.all(fallbacks(alt).map(find))).flat();
	};
	if (!alone) return Promise.all([typed!, ...synonyms].map(retry));
	const first = await retry(typed!);
	return first.length >= ENOUGH ? [first] : [first, ...(await Promise.all(synonyms.map(retry)))];
}

let latest = 0;

/**
 * Searches the page language's index through the query pipeline (src/lib/search-*.ts): the
 * query normalized, filler dropped, Chinese segmented, each remaining word searched on its own
 * with its synonyms (a word that finds nothing retried as a shorter prefix), results merged. Resolves `null`
 * when a newer call superseded this one (debounced), else the top `limit` hits.
 */
export async function searchSite(
	term: string,
	{ limit = 8, debounceMs = 0, filters = {}, service }: SearchOptions = {},
): Promise<SearchHit[] | null> {
	const call = ++latest;
	if (debounceMs > 0) {
		await new Promise((r) => setTimeout(r, debounceMs));
		if (call !== latest) return null;
	}
	const [pagefind, lists] = await Promise.all([loadPagefind(), loadWords()]);
	const find = async (q: string) => (q ? (await pagefind.search(q, { filters })).results : []);
	const terms = queryTerms(term, lists);
	// Negations help only next to other words ("can't log in"); measured: as a full term they
	// rank worse, dropped they lose "can't" titles, so they count at NEGATION_WEIGHT.
	const groups =
		terms.groups.length && terms.negations.length
			? [...terms.groups, terms.negations]
			: terms.groups;
	const weights = groups.map((_, i) => (i < terms.groups.length ? 1 : NEGATION_WEIGHT));
	// A query of filler words only (or of symbols) is searched as typed, normalized.
	const runs = groups.length
		? await Promise.all(
				groups.map((alternatives) => searchGroup(alternatives, find, groups.length === 1)),
			)
		: [[await find(normalizeQuery(term))]];
	if (call !== latest && debounceMs > 0) return null;
	const byId = new Map<string, PagefindResult>();
	for (const r of runs.flat(2)) if (!byId.has(r.id)) byId.set(r.id, r);
	const ranked = mergeResults(runs, weights).slice(0, service ? limit * 2 : limit);
	const data = await Promise.all(ranked.map((m) => byId.get(m.id)!.data()));
	if (call !== latest && debounceMs > 0) return null;
	const hits = data.map((d): SearchHit => {
		const title = d.meta['title'] ?? d.url;
		return {
			url: d.url,
			title,
			excerpt: trimExcerpt(d.excerpt, title),
			subResults: (d.sub_results ?? []).filter((s) => s.url !== d.url).slice(0, 3),
			filters: d.filters ?? {},
		};
	});
	if (!service) return hits;
	const names = serviceNames();
	return rankByService(hits, (h) => fitsService(h, service, names)).slice(0, limit);
}
