import { currentSection } from '../lib/current-section.ts';

/**
 * A heading counts as reached once its top is this close to the top of the viewport (px): below
 * the sticky header and a heading's scroll margin, so the section a link jumped to is current,
 * not the subheading right after it.
 */
const LINE = 96;

/**
 * `<toc-tracker>` around a table of contents: marks the link of the section being read with
 * `aria-current` as the reader scrolls. An IntersectionObserver on the top band of the viewport
 * reports heading crossings, so nothing runs on every scroll event.
 */
customElements.define(
	'toc-tracker',
	class extends HTMLElement {
		connectedCallback(): void {
			const links = [...this.querySelectorAll('a')];
			const headings = links.map((a) =>
				document.getElementById(decodeURIComponent(a.hash.slice(1))),
			);
			const update = (): void => {
				const current = currentSection(
					// A missing heading never counts as reached, and ends the search.
					headings.map((h) => h?.getBoundingClientRect().top ?? Infinity),
					LINE,
				);
				links.forEach((a, i) => (a.ariaCurrent = i === current ? 'true' : null));
			};
			let observer: IntersectionObserver | undefined;
			// The band's height depends on the viewport's, so it is set again when that changes.
			const observe = (): void => {
				observer?.disconnect();
				observer = new IntersectionObserver(update, {
					rootMargin: `0px 0px ${LINE - innerHeight}px 0px`,
				});
				for (const h of headings) if (h) observer.observe(h);
			};
			observe();
			addEventListener('resize', observe);
		}
	},
);
