/**
 * Turns a Pagefind excerpt (escaped text with `<mark>` highlights) into DOM nodes,
 * keeping only text and `<mark>`: nothing from an index or a query becomes markup.
 */
export function excerptNodes(excerpt: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	const out: Node[] = [];
	const walk = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === Node.TEXT_NODE)
				out.push(document.createTextNode(child.textContent ?? ''));
			else if (child.nodeName === 'MARK') {
				const mark = document.createElement('mark');
				mark.textContent = child.textContent ?? '';
				out.push(mark);
			} else walk(child);
		}
	};
	walk(doc.body.firstChild ?? doc.body);
	return out;
}
