const ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** The text of an HTML fragment: tags dropped, character references decoded. */
export function htmlToText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
			if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		})
		.replace(/\s+/g, ' ')
		.trim();
}

/** Text escaped for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * Gives each h2 and h3 whose id is in `ids` a link to itself: the heading and the link are
 * wrapped in `<div class="heading-wrap">`, the link after the heading so the heading's own name
 * stays its text. The link shows "#" and is named `label(heading text)`; it carries
 * `data-pagefind-ignore` so the search index and its excerpts never contain it.
 */
export function addHeadingAnchors(
	html: string,
	ids: ReadonlySet<string>,
	label: (headingText: string) => string,
): string {
	return html.replace(
		/<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g,
		(heading: string, level: string, attributes = '', inner: string) => {
			const idAttribute = /\sid="([^"]*)"/.exec(attributes)?.[1];
			if (idAttribute === undefined) return heading;
			const id = htmlToText(idAttribute);
			if (!ids.has(id)) return heading;
			const name = escapeHtml(label(htmlToText(inner)));
			return (
				`<div class="heading-wrap level-${level}">${heading}` +
				`<a class="heading-anchor" href="#${escapeHtml(encodeURIComponent(id))}" data-pagefind-ignore>` +
				`<span aria-hidden="true">#</span><span class="sr-only">${name}</span></a></div>`
			);
		},
	);
}
