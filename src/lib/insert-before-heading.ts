/**
 * HTML with `snippet` placed just before its `nth` h2 (1-based), or at the end when it has fewer:
 * a note can sit at the start of a section without the page's Markdown naming it. An empty
 * snippet leaves the HTML as it is.
 */
export function insertBeforeHeading(html: string, snippet: string, nth: number): string {
	if (snippet === '') return html;
	const starts = [...html.matchAll(/<h2[\s>]/g)];
	const at = starts[nth - 1]?.index;
	return at === undefined ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
}
