/** The id of the one element per page that holds the links' prefix, "Link to this section:". */
export const ANCHOR_PREFIX_ID = 'anchor-prefix';

/**
 * Gives each h2 and h3 whose id is in `ids` a link to itself: the heading and the link are
 * wrapped in `<div class="heading-wrap">`, the link after the heading so the heading's own name
 * stays its text. The link's "#" is drawn by CSS (DocLayout.astro), so it holds no text for the
 * search index or its excerpts; its accessible name is the page's prefix element
 * (`ANCHOR_PREFIX_ID`) followed by the heading, "Link to this section: Symptoms", by
 * `aria-labelledby`, so the page carries the words once. Ids are compared as written in the HTML (escaped).
 */
export function addHeadingAnchors(html: string, ids: ReadonlySet<string>): string {
	return html.replace(
		/<h([23])(\s[^>]*)?>[\s\S]*?<\/h\1>/g,
		(heading: string, level: string, attributes = '') => {
			const id = /\sid="([^"]*)"/.exec(attributes)?.[1];
			if (id === undefined || !ids.has(id) || /\s/.test(id)) return heading;
			return (
				`<div class="heading-wrap level-${level}">${heading}` +
				`<a class="heading-anchor" href="#${id}" aria-labelledby="${ANCHOR_PREFIX_ID} ${id}"></a></div>`
			);
		},
	);
}
