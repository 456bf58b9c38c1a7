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

/**
 * A Pagefind excerpt (escaped text with `<mark>`) without a leading copy of the page title or
 * leading punctuation, so the result does not say its title twice. Markup is kept as it was.
 */
export function trimExcerpt(excerpt: string, title: string): string {
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
