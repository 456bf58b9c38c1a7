import dialogStyles from '../styles/search-dialog.css?url';
import type { SearchDialogStrings } from './search-dialog.ts';

/** Adds a stylesheet and resolves once it has loaded or failed: unstyled beats no dialog. */
const stylesheet = (href: string) =>
	new Promise<void>((done) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.onload = link.onerror = () => done();
		document.head.append(link);
	});

/** The dialog's code, styles and sentences, fetched together when the reader first opens it. */
const dialogCode = (root: HTMLElement) =>
	Promise.all([
		import('./search-dialog.ts'),
		fetch(root.dataset.stringsUrl ?? '').then((r) => {
			if (!r.ok) throw new Error(`${r.status} ${r.url}`);
			return r.json() as Promise<SearchDialogStrings>;
		}),
		stylesheet(dialogStyles),
	]).then(([{ searchDialog }, strings]) => searchDialog(root, strings));

/**
 * `<site-search>`: the header search button. It opens a modal dialog over Pagefind, in the page's
 * language only, on a click, `/` or Ctrl+K / Cmd+K; the dialog's code loads on the first open.
 */
class SiteSearch extends HTMLElement {
	#ready: Promise<(opener: HTMLElement) => void> | undefined;

	connectedCallback(): void {
		const open = this.querySelector<HTMLButtonElement>('[data-open]');
		const dialog = this.querySelector('dialog');
		if (!open || !dialog) return;
		open.disabled = false;
		open.addEventListener('click', () => void this.#open(open));
		document.addEventListener('keydown', (e) => {
			const typing =
				e.target instanceof HTMLElement &&
				e.target.closest('input, textarea, select, [contenteditable]');
			const shortcut =
				(e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
			if (shortcut && !dialog.open) {
				e.preventDefault();
				void this.#open(open);
			}
		});
	}

	/** Opens the dialog (wiring it up the first time); focus returns to `opener` on close. */
	async #open(opener: HTMLElement): Promise<void> {
		this.#ready ??= dialogCode(this);
		try {
			(await this.#ready)(opener);
		} catch {
			// Offline or a failed deploy: nothing opens, and the next click tries again.
			this.#ready = undefined;
		}
	}
}
customElements.define('site-search', SiteSearch);
