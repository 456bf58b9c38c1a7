/** Opens and closes the sidebar on narrow screens; Escape closes it and returns focus. */
class MenuToggle extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const sidebar = document.getElementById('site-sidebar');
		if (!button || !sidebar) return;
		const set = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			document.body.classList.toggle('menu-open', open);
		};
		button.disabled = false;
		button.addEventListener('click', () => {
			const open = button.getAttribute('aria-expanded') !== 'true';
			set(open);
			if (open) sidebar.querySelector<HTMLElement>('a')?.focus();
		});
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
				set(false);
				button.focus();
			}
		});
	}
}
customElements.define('menu-toggle', MenuToggle);
