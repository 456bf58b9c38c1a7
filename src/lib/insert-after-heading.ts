/**
 * HTML with `snippet` placed just after its `nth` h2 (1-based), so it opens that section; at the
 * end when the HTML has fewer. A note can open a section without the page's Markdown naming it.
 * An empty snippet leaves the HTML as it is.
 */
export function insertAfterHeading(html: string, snippet: string, nth: number): string {
	if (snippet === '') return html;
	const start = [...html.matchAll(/<h2[\s>]/g)][nth - 1]?.index;
	const close = start === undefined ? -1 : html.indexOf('</h2>', start);
	if (close === -1) return html + snippet;
	const at = close + '</h2>'.length;
	return html.slice(0, at) + snippet + html.slice(at);
}
