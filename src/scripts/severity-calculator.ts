import {
	needsAQuestions,
	parseCalculatorParams,
	serializeCalculatorParams,
	type CalculatorError,
	type CalculatorField,
	type CalculatorValues,
} from '../lib/calculator-params.ts';
import { formatMessage } from '../lib/format-message.ts';
import type { SeverityInput } from '../lib/severity.ts';
import { copyFieldText } from './copy-text.ts';
import { el, renderSeverityResult, type CalculatorConfig } from './severity-result.ts';

const SEVERITY_FIELDS = ['type', 'impact', 'scope', 'agreement', 'resource'] as const;
/** Answers that matter only while severity A is possible (see `needsAQuestions`). */
const A_FIELDS = ['agreement', 'resource'] as const;
/** How much of a rejected value an error message repeats. */
const ECHO_LENGTH = 80;
/** How often a result computed for "now" is brought up to date. */
const REFRESH_MS = 30_000;

/** The `<severity-calculator>` island: answers in the URL, severity and first-response deadline out. */
export class SeverityCalculator extends HTMLElement {
	#config!: CalculatorConfig;
	#values: CalculatorValues = {};
	#atGiven = false;
	#errors = new Map<CalculatorField, string>();
	#timer: number | undefined;

	connectedCallback(): void {
		this.#config = JSON.parse(this.dataset.config ?? '{}') as CalculatorConfig;
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		const zoneNote = this.querySelector('[data-zone]');
		if (zoneNote) zoneNote.textContent = formatMessage(this.#config.text.zone, { zone });
		this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((c) => {
			c.disabled = false;
		});
		this.#readUrl();
		this.querySelector('[data-form]')?.addEventListener('change', (e) => this.#onChange(e));
		this.#atInput.addEventListener('input', () => this.#onAtInput());
		this.querySelector('[data-now]')?.addEventListener('click', () => {
			this.#atInput.value = '';
			this.#onAtInput();
		});
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
		this.#update(false);
	}

	disconnectedCallback(): void {
		window.clearInterval(this.#timer);
	}

	get #atInput(): HTMLInputElement {
		return this.querySelector<HTMLInputElement>('#calc-at')!;
	}

	/**
	 * Reads the state from the page URL; reports bad values next to their fields. Answers a link
	 * leaves out are not errors: the result area lists them until the reader answers.
	 */
	#readUrl(): void {
		const parsed = parseCalculatorParams(location.search, new Date());
		this.#values = parsed.values;
		this.#atGiven = parsed.atGiven && parsed.values.at !== undefined;
		for (const error of parsed.errors) this.#errors.set(error.field, this.#errorText(error));
		for (const field of SEVERITY_FIELDS) {
			const value = this.#values[field];
			const radio = this.querySelector<HTMLInputElement>(
				`input[name="${field}"][value="${value}"]`,
			);
			if (value !== undefined && radio) radio.checked = true;
		}
		if (this.#atGiven && this.#values.at) this.#atInput.value = toLocalInputValue(this.#values.at);
	}

	#errorText(error: CalculatorError): string {
		const chars = [...error.raw];
		const raw = chars.length > ECHO_LENGTH ? `${chars.slice(0, ECHO_LENGTH).join('')}…` : error.raw;
		return formatMessage(this.#config.text.errors[error.code] ?? '', { raw });
	}

	#onChange(event: Event): void {
		const target = event.target;
		if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
		const field = target.name as (typeof SEVERITY_FIELDS)[number];
		Object.assign(this.#values, { [field]: target.value });
		this.#errors.delete(field);
		this.#update(true);
	}

	#onAtInput(): void {
		const input = this.#atInput;
		this.#errors.delete('at');
		if (input.value === '') {
			if (input.validity.badInput) {
				this.#errors.set('at', this.#config.text.errors['incomplete-date']!);
				delete this.#values.at;
			} else {
				this.#atGiven = false;
				this.#values.at = new Date();
			}
		} else {
			const at = new Date(input.value); // datetime-local: the reader's own zone
			const year = at.getFullYear();
			if (
				Number.isNaN(at.getTime()) ||
				year < this.#config.years.min ||
				year > this.#config.years.max
			) {
				this.#errors.set(
					'at',
					formatMessage(this.#config.text.errors['out-of-range'] ?? '', { raw: input.value }),
				);
				delete this.#values.at;
			} else {
				this.#atGiven = true;
				this.#values.at = at;
			}
		}
		this.#update(true);
	}

	/** Shows errors and the result; with `writeUrl`, replaces the URL so the result is a link. */
	#update(writeUrl: boolean): void {
		const needed = needsAQuestions(this.#values);
		for (const field of A_FIELDS) {
			const set = this.querySelector<HTMLFieldSetElement>(`fieldset[data-field="${field}"]`);
			if (set) set.disabled = !needed;
			const note = set?.querySelector<HTMLElement>('[data-not-needed]');
			if (note) note.hidden = needed;
		}
		this.#renderErrors();
		if (writeUrl) {
			const { at, ...answers } = this.#values;
			const query = serializeCalculatorParams(this.#atGiven && at ? { ...answers, at } : answers);
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
			);
		}
		const link = this.querySelector<HTMLInputElement>('#calc-link');
		if (link) link.value = location.href;
		this.#renderResult();
		window.clearInterval(this.#timer);
		if (!this.#atGiven) {
			this.#timer = window.setInterval(() => {
				this.#values.at = new Date();
				this.#renderResult();
			}, REFRESH_MS);
		}
	}

	#renderErrors(): void {
		this.querySelectorAll<HTMLElement>('[data-error-for]').forEach((slot) => {
			const field = slot.dataset.errorFor as CalculatorField;
			const message = this.#errors.get(field);
			slot.replaceChildren(
				...(message
					? [el('p', message, { class: 'field-error', 'data-testid': 'input-error' })]
					: []),
			);
			const control = field === 'at' ? this.#atInput : slot.closest('fieldset');
			if (message) control?.setAttribute('aria-invalid', 'true');
			else control?.removeAttribute('aria-invalid');
		});
	}

	/** The answers still needed, by field, in order. */
	#missing(): string[] {
		const needed = needsAQuestions(this.#values);
		return SEVERITY_FIELDS.filter(
			(f) =>
				this.#values[f] === undefined &&
				!this.#errors.has(f) &&
				(needed || !(A_FIELDS as readonly string[]).includes(f)),
		);
	}

	#complete(): (SeverityInput & { at: Date }) | undefined {
		const v = this.#values;
		const needed = needsAQuestions(v);
		const blocking = [...this.#errors.keys()].filter(
			(f) => needed || !(A_FIELDS as readonly string[]).includes(f),
		);
		if (blocking.length > 0 || !v.at || this.#missing().length > 0) return undefined;
		if (!v.type || !v.impact || !v.scope) return undefined;
		return {
			type: v.type,
			impact: v.impact,
			scope: v.scope,
			// Not needed means they cannot change the result: 'yes' adds no lowering reason.
			agreement: needed ? v.agreement! : 'yes',
			resource: needed ? v.resource! : 'yes',
			at: v.at,
		};
	}

	#renderResult(): void {
		const region = this.querySelector<HTMLElement>('[data-result]')!;
		const live = this.querySelector<HTMLElement>('[data-live]');
		const input = this.#complete();
		const { text } = this.#config;
		if (!input) {
			const missing = this.#missing().map((f) => text.questions[f] ?? f);
			region.replaceChildren(
				el('p', text.pending),
				...(missing.length && this.#errors.size === 0
					? [el('p', formatMessage(text.remaining, { questions: missing.join(' · ') }))]
					: []),
			);
			if (live) live.textContent = '';
			return;
		}
		const { element, summary } = renderSeverityResult(this.#config, input, 4);
		region.replaceChildren(element);
		if (live && live.textContent !== summary) live.textContent = summary;
	}

	async #copy(): Promise<void> {
		await copyFieldText(
			this.querySelector<HTMLInputElement>('#calc-link')!,
			this.querySelector<HTMLElement>('[data-copy-status]')!,
			this.#config.text,
		);
	}
}

/** An instant as the value of a `datetime-local` field in the reader's own zone. */
function toLocalInputValue(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
