import { copyText } from './copy-text.ts';

/**
 * `<code-block>`: a `<pre>`, a copy button (disabled until this script runs) and a polite status.
 * Messages come from `data-copied` and `data-copy-failed`; where the clipboard is refused, the
 * code is selected so the reader can copy it. "Copied" goes after 3 s; a failure stays.
 */
customElements.define(
	'code-block',
	class extends HTMLElement {
		connectedCallback(): void {
			const pre = this.querySelector('pre')!;
			const button = this.querySelector('button')!;
			const status = this.querySelector<HTMLElement>('[role=status]')!;
			const { copied = '', copyFailed = '' } = this.dataset;
			let timer: ReturnType<typeof setTimeout> | undefined;
			button.onclick = async () => {
				clearTimeout(timer);
				// Emptied first, so that copying again is announced again.
				status.textContent = '';
				const text = pre.textContent!.replace(/\n$/, '');
				const select = () => getSelection()?.selectAllChildren(pre);
				if (await copyText(text, select, status, { copied, copyFailed }))
					timer = setTimeout(() => (status.textContent = ''), 3000);
			};
			button.disabled = false;
		}
	},
);
