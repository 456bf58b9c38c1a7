import { formatDateTime } from '../lib/format-date-time.ts';
import { formatMessage, formatPlural, type PluralForms } from '../lib/format-message.ts';
import {
	isOpen,
	nextOpening,
	parseSchedule,
	type RawSchedule,
	type Schedule,
} from '../lib/schedule.ts';
import { assessSeverity, type SeverityInput } from '../lib/severity.ts';
import { searchSite, type SearchHit } from './pagefind-client.ts';
import { copyFieldText } from './copy-text.ts';
import { renderHit } from './search-hit.ts';
import { renderSeverityResult, type CalculatorConfig } from './severity-result.ts';

/** What the flow needs from the build: localized strings and the policy's schedules. */
export interface FlowConfig {
	lang: string;
	calculator: CalculatorConfig;
	globalBilling: { days: number[]; from?: string | undefined; to?: string | undefined } | undefined;
	search: {
		results: PluralForms;
		none: string;
		loading: string;
		unavailable: string;
		hint: string;
		minLength: number;
	};
	status: { open: string; closed: string; closedLocal: string };
	draft: Record<
		| 'subject'
		| 'problem'
		| 'impact'
		| 'severity'
		| 'reasons'
		| 'started'
		| 'tried'
		| 'contact'
		| 'commitments'
		| 'notGiven'
		| 'none',
		string
	>;
	labels: {
		impact: Record<string, string>;
		scope: Record<string, string>;
		severity: Record<string, string>;
		customerA: string[];
		copied: string;
		copyFailed: string;
	};
}

/** URL parameters the flow keeps its state in, so a reload or the back button restores it. */
const STATE = [
	'q',
	'product',
	'audience',
	'step',
	'role',
	'service',
	'topic',
	'impact',
	'scope',
	'agreement',
	'resource',
] as const;
type StateKey = (typeof STATE)[number];
/** The state answered with radio buttons (the rest is the search field, its filters and the step). */
const RADIO_KEYS = STATE.filter((k) => !['q', 'product', 'audience', 'step'].includes(k));
/** Where the articles opened from the results are remembered for the draft (this tab only). */
const TRIED_KEY = 'get-help.tried';

/** The `<get-help-flow>` island: search first, then the right channel, then a request draft. */
export class GetHelpFlow extends HTMLElement {
	#config!: FlowConfig;
	#state = new URLSearchParams();
	#timer: number | undefined;

	connectedCallback(): void {
		this.#config = JSON.parse(this.dataset.config ?? '{}') as FlowConfig;
		const params = new URLSearchParams(location.search);
		for (const key of STATE) {
			const value = params.get(key);
			if (value) this.#state.set(key, value.slice(0, 200));
		}
		this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
			'[disabled]',
		).forEach((c) => (c.disabled = false));
		this.#restoreControls();
		const input = this.#q('#help-q') as HTMLInputElement;
		input.addEventListener(
			'input',
			() => this.#set('q', input.value.trim()) && void this.#search(),
		);
		this.#q('[data-search-form]').addEventListener('change', (e) => {
			const t = e.target as HTMLSelectElement;
			if (t.tagName !== 'SELECT') return;
			this.#set(t.name as StateKey, t.value);
			void this.#search();
		});
		this.#q('[data-search-form]').addEventListener('submit', (e) => e.preventDefault());
		this.#q('[data-results]').addEventListener('click', (e) => this.#remember(e));
		this.#q('[data-solved]').addEventListener('click', () => {
			this.#q<HTMLElement>('[data-thanks]').hidden = false;
			this.#set('step', '');
			this.#render();
		});
		this.#q('[data-still]').addEventListener('click', () => {
			this.#q<HTMLElement>('[data-thanks]').hidden = true;
			this.#set('step', '2');
			this.#render();
			this.#focus('#step-channel');
		});
		for (const form of ['[data-channel-form]', '[data-severity-form]']) {
			this.#q(form).addEventListener('change', (e) => {
				const t = e.target as HTMLInputElement;
				if (t.type !== 'radio') return;
				const wasStep3 = this.#step3Visible();
				this.#set(t.name as StateKey, t.value);
				this.#render();
				if (!wasStep3 && this.#step3Visible()) this.#focus('#step-draft');
			});
		}
		this.#q('#help-started').addEventListener('input', () => this.#render());
		this.#q('[data-copy-draft]').addEventListener('click', () => void this.#copy());
		this.#q('[data-print-draft]').addEventListener('click', () => window.print());
		this.#render();
		void this.#search();
		this.#timer = window.setInterval(() => this.#renderOpenStatus(), 60_000);
		// Focus without scrolling, so the page's heading and introduction stay in view.
		if (!this.#state.get('step')) input.focus({ preventScroll: true });
	}

	disconnectedCallback(): void {
		window.clearInterval(this.#timer);
	}

	#q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	/** Sets a state value and writes the URL (replace: typing must not flood the history). */
	#set(key: StateKey, value: string): true {
		if (value) this.#state.set(key, value);
		else this.#state.delete(key);
		const query = this.#state.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
		return true;
	}

	#restoreControls(): void {
		(this.#q('#help-q') as HTMLInputElement).value = this.#state.get('q') ?? '';
		for (const name of ['product', 'audience'] as const) {
			const select = this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
			const value = this.#state.get(name) ?? '';
			select.value = [...select.options].some((o) => o.value === value) ? value : '';
		}
		for (const key of RADIO_KEYS) {
			const value = this.#state.get(key);
			const radio = [
				...this.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${key}"]`),
			].find((r) => r.value === value);
			if (radio) radio.checked = true;
			else this.#state.delete(key);
		}
	}

	async #search(): Promise<void> {
		const { search, lang } = this.#config;
		const query = this.#state.get('q') ?? '';
		const status = this.#q('[data-search-status]');
		const list = this.#q('[data-results]');
		const empty = this.#q<HTMLElement>('[data-empty]');
		if (query.length < search.minLength) {
			list.replaceChildren();
			empty.hidden = true;
			status.textContent = query ? search.hint : '';
			return;
		}
		const filters: Record<string, string> = {};
		for (const key of ['product', 'audience'] as const) {
			const value = this.#state.get(key);
			if (value) filters[key] = value;
		}
		status.textContent = search.loading;
		let hits: SearchHit[] | null;
		try {
			hits = await searchSite(query, { limit: 5, debounceMs: 250, filters });
		} catch {
			status.textContent = search.unavailable;
			return;
		}
		if (hits === null) return;
		list.replaceChildren(...hits.map(renderHit));
		empty.hidden = hits.length > 0;
		status.textContent = hits.length
			? formatPlural(search.results, hits.length, lang)
			: formatMessage(search.none, { query });
	}

	/** Remembers a result the reader opened, for "articles already tried" in the draft. */
	#remember(event: Event): void {
		const link = (event.target as HTMLElement).closest('a');
		if (!link) return;
		const tried = readTried().filter((t) => t.url !== link.href);
		tried.push({ title: link.dataset.title ?? link.textContent ?? '', url: link.href });
		try {
			sessionStorage.setItem(TRIED_KEY, JSON.stringify(tried.slice(-10)));
		} catch {
			/* storage blocked: the draft then lists no articles */
		}
	}

	#outcome(): string | undefined {
		const role = this.#state.get('role');
		const service = this.#state.get('service');
		const topic = this.#state.get('topic');
		if (role === 'user') return 'user';
		if (role !== 'admin' || !service) return undefined;
		if (service === 'partner') return 'partner';
		if (!topic) return undefined;
		if (service === 'global') return topic === 'pre-sales' ? 'global-pre-sales' : 'global';
		return `21vianet-${topic}`;
	}

	#step3Visible(): boolean {
		const outcome = this.#outcome();
		return (
			outcome === 'global' || outcome === '21vianet-technical' || outcome === '21vianet-billing'
		);
	}

	#render(): void {
		const step = this.#state.get('step');
		this.#q<HTMLElement>('[data-step="2"]').hidden = step !== '2';
		const role = this.#state.get('role');
		const service = this.#state.get('service');
		this.#q<HTMLElement>('fieldset[data-field="service"]').hidden = role !== 'admin';
		this.#q<HTMLElement>('fieldset[data-field="topic"]').hidden =
			role !== 'admin' || !service || service === 'partner';
		const outcome = step === '2' ? this.#outcome() : undefined;
		this.querySelectorAll<HTMLElement>('[data-outcome]').forEach(
			(o) => (o.hidden = o.dataset.outcome !== outcome),
		);
		const step3 = step === '2' && this.#step3Visible();
		this.#q<HTMLElement>('[data-step="3"]').hidden = !step3;
		const vianet = outcome?.startsWith('21vianet') ?? false;
		this.querySelectorAll<HTMLElement>('[data-severity-question]').forEach((f) => {
			f.hidden = !vianet && f.dataset.field !== 'impact' && f.dataset.field !== 'scope';
		});
		this.#renderOpenStatus();
		if (step3) this.#renderDraft(vianet);
	}

	#renderOpenStatus(): void {
		const { status, lang, calculator } = this.#config;
		const { schedules } = calculator;
		const now = new Date();
		const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		this.querySelectorAll<HTMLElement>('[data-open-status]').forEach((node) => {
			const name = node.dataset.openStatus ?? '';
			let schedule: Schedule | undefined;
			const billing = this.#config.globalBilling;
			if (name === 'global-billing' && billing?.from && billing.to) {
				schedule = parseSchedule({
					timeZone: readerZone,
					windows: [{ days: billing.days, from: billing.from, to: billing.to }],
					closedDates: [],
					extraWorkingDates: [],
				});
			} else if (typeof schedules[name] === 'object') {
				schedule = parseSchedule(schedules[name] as RawSchedule);
			}
			if (!schedule) return;
			if (isOpen(now, schedule)) {
				node.textContent = status.open;
				return;
			}
			const opens = nextOpening(now, schedule);
			const local = formatDateTime(opens, lang, readerZone);
			node.textContent =
				schedule.timeZone === calculator.beijingZone
					? formatMessage(status.closed, {
							beijing: formatDateTime(opens, lang, calculator.beijingZone),
							local,
						})
					: formatMessage(status.closedLocal, { local });
		});
	}

	#renderDraft(withSeverity: boolean): void {
		const { draft, labels, calculator } = this.#config;
		const s = this.#state;
		const problem = s.get('q') ?? '';
		const lines: string[] = [];
		const line = (template: string, values: Record<string, string>) =>
			lines.push(formatMessage(template, values));
		line(draft.subject, { text: problem.slice(0, 80) || draft.notGiven });
		line(draft.problem, { text: problem || draft.notGiven });
		const impact = s.get('impact');
		const scope = s.get('scope');
		line(draft.impact, {
			impact: (impact && labels.impact[impact]) || draft.notGiven,
			scope: (scope && labels.scope[scope]) || draft.notGiven,
		});
		const region = this.#q('[data-severity-result]');
		region.replaceChildren();
		const input = this.#severityInput();
		if (withSeverity && input) {
			const assessment = assessSeverity(input, calculator.severityRules);
			region.append(renderSeverityResult(calculator, input));
			line(draft.severity, {
				id: assessment.severity,
				name: labels.severity[assessment.severity] ?? '',
			});
			if (assessment.lowered.length) {
				line(draft.reasons, {
					reasons: assessment.lowered.map((r) => calculator.text.reasons[r]).join(' '),
				});
			}
		}
		const started = (this.#q('#help-started') as HTMLInputElement).value;
		line(draft.started, {
			time: started
				? formatDateTime(
						new Date(started),
						this.#config.lang,
						Intl.DateTimeFormat().resolvedOptions().timeZone,
					)
				: draft.notGiven,
		});
		lines.push('', draft.tried);
		const tried = readTried();
		lines.push(...(tried.length ? tried.map((t) => `- ${t.title} (${t.url})`) : [draft.none]));
		lines.push('', draft.contact);
		if (withSeverity && input && assessSeverity(input, calculator.severityRules).severity === 'A') {
			lines.push('', draft.commitments, ...labels.customerA.map((c) => `- ${c}`));
		}
		this.#q<HTMLTextAreaElement>('[data-draft]').value = lines.join('\n');
	}

	#severityInput(): (SeverityInput & { at: Date }) | undefined {
		const s = this.#state;
		const type = s.get('topic');
		const [impact, scope, agreement, resource] = ['impact', 'scope', 'agreement', 'resource'].map(
			(k) => s.get(k),
		);
		if (
			(type !== 'technical' && type !== 'billing') ||
			!impact ||
			!scope ||
			!agreement ||
			!resource
		)
			return undefined;
		return { type, impact, scope, agreement, resource, at: new Date() } as SeverityInput & {
			at: Date;
		};
	}

	async #copy(): Promise<void> {
		await copyFieldText(
			this.#q<HTMLTextAreaElement>('[data-draft]'),
			this.#q('[data-draft-status]'),
			this.#config.labels,
		);
	}

	#focus(selector: string): void {
		this.#q(selector).focus();
	}
}

/** Articles opened from the results in this tab. */
function readTried(): Array<{ title: string; url: string }> {
	try {
		const value = JSON.parse(sessionStorage.getItem(TRIED_KEY) ?? '[]') as unknown;
		return Array.isArray(value)
			? (value as Array<{ title: string; url: string }>).filter((t) => typeof t?.url === 'string')
			: [];
	} catch {
		return [];
	}
}
