/** Where the articles opened from the results are remembered for the draft (this tab only). */
const TRIED_KEY = 'get-help.tried';

/** Articles opened from the results in this tab. */
export function readOpened(): Array<{ title: string; url: string }> {
	try {
		const value = JSON.parse(sessionStorage.getItem(TRIED_KEY) ?? '[]') as unknown;
		return Array.isArray(value)
			? (value as Array<{ title: string; url: string }>).filter((t) => typeof t?.url === 'string')
			: [];
	} catch {
		return [];
	}
}

/** Remembers a search result the reader opened (a click on a link in the results). */
export function rememberOpened(event: Event): void {
	const link = (event.target as HTMLElement).closest('a');
	if (!link) return;
	const opened = readOpened().filter((t) => t.url !== link.href);
	opened.push({ title: link.dataset.title ?? link.textContent ?? '', url: link.href });
	try {
		sessionStorage.setItem(TRIED_KEY, JSON.stringify(opened.slice(-10)));
	} catch {
		/* storage blocked: the draft then lists only the articles in the URL */
	}
}
