import type { SearchHit } from './pagefind-client.ts';
import { excerptNodes } from './safe-excerpt.ts';

/** A link whose text is set as text; `data-title` names it for whoever tracks opened results. */
function link(href: string, text: string, title: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	a.dataset.title = title;
	return a;
}

/** One search result as a list item: title link, highlighted excerpt, the matching sections. */
export function renderHit(hit: SearchHit): HTMLLIElement {
	const li = document.createElement('li');
	li.append(link(hit.url, hit.title, hit.title));
	if (hit.excerpt) {
		const excerpt = document.createElement('p');
		excerpt.append(...excerptNodes(hit.excerpt));
		li.append(excerpt);
	}
	if (hit.subResults.length) {
		const sub = document.createElement('ul');
		for (const s of hit.subResults) {
			const item = document.createElement('li');
			item.append(link(s.url, s.title, `${hit.title}: ${s.title}`));
			sub.append(item);
		}
		li.append(sub);
	}
	return li;
}
