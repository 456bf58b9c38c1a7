import { normalizeQuery } from './search-normalize.ts';

/** A locale's query word lists (content/search/<locale>.json). */
export interface SearchWords {
	/** Question and filler words that say nothing about the topic. */
	stop: string[];
	/** Words of negation; they match nearly every page, so they never form a term of their own. */
	negations: string[];
	/**
	 * Groups of words readers use for the same thing; a match on one searches them all. A word
	 * written `~word` is one readers type but the pages don't use: it finds its group, and is
	 * never searched itself (each search costs time and may load another index chunk).
	 */
	synonyms: string[][];
}

/** What to search for: the informative words together, and each with its alternatives. */
export interface QueryTerms {
	/** The informative words in the reader's order, for one search that needs them all. */
	full: string;
	/** One group per informative word or phrase: the typed form first, then its synonyms. */
	groups: string[][];
	/** The negations typed (`cant`, `ei`, `无法`): searched as one light term, never alone. */
	negations: string[];
}

/** Most term groups searched separately: enough for a long question, bounded in time. */
export const MAX_GROUPS = 6;

const HAN = /\p{Script=Han}/u;

/** Splits a normalized query into words; Chinese is segmented, runs of single characters rejoined. */
export function queryWords(normalized: string, segment: (text: string) => string[]): string[] {
	const out: string[] = [];
	for (const chunk of normalized.split(' ').filter(Boolean))
		out.push(...(HAN.test(chunk) ? segment(chunk) : [chunk]));
	return out;
}

/** One segmenter for the page's life: building one loads ICU's dictionary (0.5 ms, every call). */
let zhSegmenter: Intl.Segmenter | undefined;

/** Word segmentation for Chinese with the platform's `Intl.Segmenter`, else one word per character. */
export function segmentChinese(text: string): string[] {
	if (typeof Intl.Segmenter !== 'function') return Array.from(text);
	zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
	return Array.from(zhSegmenter.segment(text))
		.filter((s) => s.isWordLike !== false)
		.map((s) => s.segment);
}

/**
 * Whether a typed word is a synonym list's word: equal, or for a one-word Latin entry of four
 * letters or more, the entry plus an ending of up to three letters (`colleagues`, `kollegan`).
 */
function sameWord(typed: string | undefined, entry: string, entryWords: number): boolean {
	if (typed === undefined) return false;
	if (typed === entry) return true;
	return (
		entryWords === 1 &&
		entry.length >= 4 &&
		typed.length - entry.length <= 3 &&
		typed.startsWith(entry) &&
		/^\p{Script=Latin}+$/u.test(typed)
	);
}

/** Words back into text: with spaces, except between two Chinese words (`登`, `不上` → `登不上`). */
function joinWords(words: string[]): string {
	return words.reduce(
		(text, w) =>
			HAN.test(text.slice(-1)) && HAN.test(w[0] ?? '') ? text + w : text ? `${text} ${w}` : w,
		'',
	);
}

/** Joins runs of single Chinese characters the segmenter split apart (`账|号` → `账号`). */
function joinSingles(words: string[]): string[] {
	const out: string[] = [];
	let run = '';
	for (const w of words) {
		if (w.length === 1 && HAN.test(w)) {
			run += w;
			continue;
		}
		if (run) out.push(run);
		run = '';
		out.push(w);
	}
	if (run) out.push(run);
	return out;
}

/**
 * The terms of a query: stop words dropped, negations set apart, synonyms (one or more words, longest
 * first) expanded to their group, repeated groups once, at most {@link MAX_GROUPS}.
 */
export function queryTerms(
	query: string,
	words: SearchWords,
	segment: (text: string) => string[] = segmentChinese,
): QueryTerms {
	const negations = new Set(words.negations);
	const stop = new Set([...words.stop, ...negations]);
	const negated = new Set<string>();
	const tokens = queryWords(normalizeQuery(query), segment);
	const members = words.synonyms
		.flatMap((group) =>
			group.map((m) => ({
				seq: queryWords(normalizeQuery(m.replace(/^~/, '')), segment),
				typedOnly: m.startsWith('~'),
				group: group.filter((g) => !g.startsWith('~')),
			})),
		)
		.sort((a, b) => b.seq.length - a.seq.length);
	const picked: Array<{ typed: string; group: string[] | undefined; typedOnly?: boolean }> = [];
	let pending: string[] = [];
	// Chinese words between two filler words form one term, as a phrase: Pagefind needs them all.
	const flush = () => {
		const joined = joinSingles(pending);
		const words =
			joined.every((w) => HAN.test(w)) && joined.length > 1 ? [joined.join('')] : joined;
		for (const w of words) picked.push({ typed: w, group: undefined });
		pending = [];
	};
	for (let i = 0; i < tokens.length;) {
		const hit = members.find((m) =>
			m.seq.every((w, k) => sameWord(tokens[i + k], w, m.seq.length)),
		);
		if (hit) {
			flush();
			picked.push({
				typed: joinWords(tokens.slice(i, i + hit.seq.length)),
				group: hit.group,
				typedOnly: hit.typedOnly,
			});
			i += hit.seq.length;
			continue;
		}
		const token = tokens[i++]!;
		if (negations.has(token)) negated.add(token);
		if (stop.has(token)) flush();
		else pending.push(token);
	}
	flush();
	const groups: string[][] = [];
	const seen = new Set<string>();
	for (const { typed, group, typedOnly } of picked) {
		const alternatives = [
			...(typedOnly ? [] : [typed]),
			...(group ?? []).filter((g) => g !== typed),
		];
		const key = [...alternatives].sort().join('|');
		if (seen.has(key) || stop.has(typed)) continue;
		seen.add(key);
		groups.push(alternatives);
	}
	const kept = groups.slice(0, MAX_GROUPS);
	return { full: kept.map((g) => g[0]).join(' '), groups: kept, negations: [...negated] };
}
