// The same page in another language keeps the reader's state: the query string (calculator
// and get-help answers) and the hash. Pages write their state with history.replaceState, so
// the links are brought up to date whenever the reader is about to use them.
const links = document.querySelectorAll<HTMLAnchorElement>('.lang-select a[hreflang]');
const keepState = () =>
	links.forEach((link) => {
		const url = new URL(link.href);
		url.search = location.search;
		url.hash = location.hash;
		link.href = url.href;
	});
keepState();
links.forEach((link) => {
	for (const type of ['pointerdown', 'focus', 'keydown']) link.addEventListener(type, keepState);
	link.addEventListener('click', () => {
		keepState();
		// Remember an explicit language choice so the root page honours it next time.
		try {
			localStorage.setItem('locale', link.hreflang.toLowerCase()); // zh-CN → zh-cn, the path's form
		} catch {
			/* storage may be unavailable (private mode); the choice is then not remembered */
		}
	});
});
