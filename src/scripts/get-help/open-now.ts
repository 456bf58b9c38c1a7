import { renderOpenStatus, type OpenStatusConfig } from './open-status.ts';

/** How often the lines are brought up to date. */
const REFRESH_MS = 60_000;

/**
 * The `<open-now>` island: "open now / opens at" per channel, by the reader's clock. It stays
 * hidden without JavaScript; the server-rendered hours on the page are what count.
 */
export class OpenNow extends HTMLElement {
	#timer: number | undefined;

	connectedCallback(): void {
		const config = JSON.parse(this.dataset.config ?? '{}') as OpenStatusConfig;
		const render = () => renderOpenStatus(this, config);
		render();
		this.hidden = false;
		this.#timer = window.setInterval(render, REFRESH_MS);
	}

	disconnectedCallback(): void {
		window.clearInterval(this.#timer);
	}
}
