import { formatMessage, formatPlural, type PluralForms } from '../lib/format-message.ts';
import type { SearchHit } from './pagefind-client.ts';

/** The search code, loaded with the first query. */
const searchCode = () => Promise.all([import('./pagefind-client.ts'), import('./search-hit.ts')]);

/** The sentences of the search dialog (pages/[locale]/search-strings.json.ts). */
export interface SearchDialogStrings {
	results: PluralForms;
	none: string;
	loading: string;
	unavailable: string;
	hint: string;
}

/** Keeps Tab and Shift+Tab cycling inside the dialog instead of leaving for the browser's UI. */
function trapTab(dialog: HTMLDialogElement, e: KeyboardEvent): void {
	if (e.key !== 'Tab') return;
	const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, input, a[href]'));
	const first = focusable[0];
	const last = focusable[focusable.length - 1];
	if (!first || !last) return;
	if (e.shiftKey && document.activeElement === first) {
		e.preventDefault();
		last.focus();
	} else if (!e.shiftKey && document.activeElement === last) {
		e.preventDefault();
		first.focus();
	}
}

/**
 * Wires the search dialog inside `root` (a `<site-search>`): searching as the reader types, the
 * status line, closing by button, Escape or backdrop. Returns the function that opens it.
 */
export function searchDialog(
	root: HTMLElement,
	strings: SearchDialogStrings,
): (opener: HTMLElement) => void {
	const lang = root.dataset.lang ?? 'en';
	const minLength = Number(root.dataset.minLength ?? 2);
	const dialog = root.querySelector('dialog')!;
	const input = root.querySelector('input')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const results = root.querySelector<HTMLOListElement>('[data-results]')!;
	let opener: HTMLElement | null = null;

	const run = async (): Promise<void> => {
		const query = input.value.trim();
		if (query.length < minLength) {
			results.replaceChildren();
			status.textContent = query.length ? strings.hint : '';
			return;
		}
		status.textContent = strings.loading;
		let hits: SearchHit[] | null;
		let renderHit: (hit: SearchHit) => HTMLLIElement;
		try {
			const [client, hit] = await searchCode();
			renderHit = hit.renderHit;
			hits = await client.searchSite(query, { debounceMs: 250 });
		} catch {
			status.textContent = strings.unavailable;
			return;
		}
		if (hits === null) return; // superseded by a newer keystroke
		results.replaceChildren(...hits.map(renderHit));
		status.textContent = hits.length
			? formatPlural(strings.results, hits.length, lang)
			: formatMessage(strings.none, { query });
	};

	root.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
	root.querySelector('[data-form]')?.addEventListener('submit', (e) => e.preventDefault());
	dialog.addEventListener('close', () => opener?.focus());
	// A click on the backdrop (outside the frame) closes the dialog.
	dialog.addEventListener('click', (e) => {
		if (e.target === dialog) dialog.close();
	});
	input.addEventListener('input', () => void run());
	dialog.addEventListener('keydown', (e) => trapTab(dialog, e));

	return (from) => {
		opener = from;
		if (!dialog.open) dialog.showModal();
		input.focus();
		input.select();
	};
}
