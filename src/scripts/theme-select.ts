/** Key in localStorage that holds the reader's theme choice. */
const STORAGE_KEY = 'theme';
const darkQuery = matchMedia('(prefers-color-scheme: dark)');

function stored(): string {
	try {
		return localStorage.getItem(STORAGE_KEY) ?? 'auto';
	} catch {
		return 'auto';
	}
}

function apply(choice: string): void {
	const dark = choice === 'dark' || (choice === 'auto' && darkQuery.matches);
	document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

class ThemeSelect extends HTMLElement {
	connectedCallback(): void {
		const select = this.querySelector('select');
		if (!select) return;
		const choice = stored();
		select.value = ['auto', 'light', 'dark'].includes(choice) ? choice : 'auto';
		select.disabled = false;
		select.addEventListener('change', () => {
			try {
				if (select.value === 'auto') localStorage.removeItem(STORAGE_KEY);
				else localStorage.setItem(STORAGE_KEY, select.value);
			} catch {
				/* not remembered when storage is blocked; still applied */
			}
			apply(select.value);
		});
		darkQuery.addEventListener('change', () => apply(stored()));
	}
}
customElements.define('theme-select', ThemeSelect);
