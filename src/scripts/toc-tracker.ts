import { currentSection } from '../lib/current-section.ts';

/** A heading counts as reached once it passes this percentage of the viewport height from the top. */
const LINE_PERCENT = 30;

/**
 * `<toc-tracker>` around a table of contents: marks the link of the section being read with
 * `aria-current` as the reader scrolls. An IntersectionObserver on the top part of the viewport
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
			const observer = new IntersectionObserver(
				() => {
					const current = currentSection(
						// A missing heading never counts as reached, and ends the search.
						headings.map((h) => h?.getBoundingClientRect().top ?? Infinity),
						(innerHeight * LINE_PERCENT) / 100,
					);
					links.forEach((a, i) => (a.ariaCurrent = i === current ? 'true' : null));
				},
				{ rootMargin: `0px 0px -${100 - LINE_PERCENT}% 0px` },
			);
			for (const h of headings) if (h) observer.observe(h);
		}
	},
);
