/** Longest query the pipeline reads; the rest of a pasted text adds nothing but work. */
export const MAX_QUERY_LENGTH = 200;

const HAN = '\\p{Script=Han}';
const HAN_THEN_LATIN = new RegExp(`(${HAN})(?=[\\p{L}\\p{N}])(?!${HAN})`, 'gu');
const LATIN_THEN_HAN = new RegExp(`([\\p{L}\\p{N}])(?<!${HAN})(?=${HAN})`, 'gu');

/**
 * A query as the pipeline compares it: NFKC (full-width → half-width), lower case, apostrophes
 * dropped inside words (`can't`, `can’t` → `cant`), hyphens between letters as spaces
 * (`A-vakavuus` → `a vakavuus`), digits after a word apart (`office365` →
 * `office 365`), a space between Chinese and Latin or digits
 * (`在Outlook里` → `在 outlook 里`), other punctuation as spaces, at most {@link MAX_QUERY_LENGTH}.
 */
export function normalizeQuery(text: string): string {
	return text
		.slice(0, MAX_QUERY_LENGTH * 2)
		.normalize('NFKC')
		.toLowerCase()
		.replace(/(\p{L})['’`´](?=\p{L})/gu, '$1')
		.replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
		.replace(/(\p{Script=Latin}{3,})(?=\d)/gu, '$1 ')
		.replace(HAN_THEN_LATIN, '$1 ')
		.replace(LATIN_THEN_HAN, '$1 ')
		.replace(/[^\p{L}\p{N}\p{M}@.\-+#]+/gu, ' ')
		.replace(/(^|\s)[.\-+#@]+|[.\-+#@]+(?=\s|$)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}
