/** The visible text of an excerpt (`<mark>` and entities resolved), for comparisons only. */
function plain(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&amp;/g, '&');
}

/** How the page's hidden keyword line joins its words; no page text uses it otherwise. */
export const KEYWORD_JOIN = ' · ';

/**
 * The excerpt up to the page's hidden keyword line (the last block of a page, words joined by
 * " · " for ranking only): cut after the last sentence end before it, or nothing if none.
 */
function withoutKeywordLine(excerpt: string): string {
	const at = excerpt.indexOf(KEYWORD_JOIN);
	if (at < 0) return excerpt;
	const before = excerpt.slice(0, at);
	const end = Math.max(...['. ', '! ', '? ', '。', '！', '？'].map((p) => before.lastIndexOf(p)));
	return end < 0 ? '' : before.slice(0, end + 1).replace(/<mark>(?![\s\S]*<\/mark>)/, '');
}

/**
 * A Pagefind excerpt (escaped text with `<mark>`) without a leading copy of the page title,
 * leading punctuation or the hidden keyword line, so the result does not say its title twice.
 * Markup is kept as it was.
 */
export function trimExcerpt(raw: string, title: string): string {
	const excerpt = withoutKeywordLine(raw);
	if (!excerpt.trim()) return '';
	const text = plain(excerpt);
	const head = title.trim();
	if (!head || !text.toLowerCase().startsWith(head.toLowerCase())) return excerpt.trim();
	// Walk the markup, dropping the first `head.length` visible characters.
	let skip = head.length;
	let out = '';
	let i = 0;
	while (i < excerpt.length) {
		if (excerpt[i] === '<') {
			const end = excerpt.indexOf('>', i);
			out += excerpt.slice(i, end + 1);
			i = end + 1;
		} else if (skip > 0) {
			const entity = excerpt[i] === '&' ? /^&[#\w]+;/.exec(excerpt.slice(i)) : null;
			i += entity ? entity[0].length : 1;
			skip--;
		} else {
			out += excerpt.slice(i);
			break;
		}
	}
	const rest = out
		.replace(/<mark><\/mark>/g, '')
		.replace(/^((?:<\/?mark>)*)[\s.,:;!?·|›»\-–—]+/, '$1')
		.trim();
	return plain(rest).trim() ? rest : excerpt.trim();
}
