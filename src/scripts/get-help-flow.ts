import { needsAQuestions } from '../lib/calculator-params.ts';
import { firstResponseDue } from '../lib/first-response.ts';
import { formatMessage } from '../lib/format-message.ts';
import { assessSeverity } from '../lib/severity.ts';
import { copyFieldText } from './copy-text.ts';
import {
	adminMessageLines,
	draftLines,
	type AdminText,
	type DraftText,
	type TriedArticle,
	type Zoned,
} from './get-help/draft.ts';
import { renderOpenStatus, type OpenStatusText } from './get-help/open-status.ts';
import { flowOutcome, hasDraft, severityInputFrom } from './get-help/outcome.ts';
import { FLOW_FIELDS, parseFlowParams, shorten, type FlowField } from './get-help/params.ts';
import { runSearch, type SearchText } from './get-help/search.ts';
import { fetchCollectLists, readOpened, rememberOpened, triedArticles } from './get-help/tried.ts';
import { el, icsLink, renderSeverityResult, type CalculatorConfig } from './severity-result.ts';

/** What the flow needs from the build: localized strings, the policy's schedules, the articles. */
export interface FlowConfig {
	lang: string;
	calculator: CalculatorConfig;
	localHours: { days: number[]; from?: string | undefined; to?: string | undefined } | undefined;
	search: SearchText;
	status: OpenStatusText;
	filters: { product: string[]; audience: string[] };
	/** Troubleshooting articles of the locale by slug: what `tried` may name. */
	articles: Record<string, { title: string; url: string }>;
	/** Where the articles' what-to-collect lists are, by article path (fetched when needed). */
	collectUrl: string;
	errors: Record<'unknown-value' | 'repeated' | 'tried' | 'future', string>;
	next: string;
	draft: DraftText;
	admin: AdminText;
	labels: {
		impact: Record<string, string>;
		scope: Record<string, string>;
		severity: Record<string, string>;
		service: Record<string, string>;
		topic: Record<string, string>;
		affected: Record<string, string>;
		customerA: string[];
		copied: string;
		copyFailed: string;
	};
}

type ErrorField = FlowField | 'since' | 'started';
/** Answers given with radio buttons. */
const RADIO_KEYS = [
	'role',
	'service',
	'topic',
	'impact',
	'scope',
	'agreement',
	'resource',
	'affected',
] as const;
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The `<get-help-flow>` island: search first, then the right channel, then a draft or a message. */
export class GetHelpFlow extends HTMLElement {
	#config!: FlowConfig;
	#state = new URLSearchParams();
	#tried: string[] = [];
	#errors = new Map<ErrorField, string>();
	#timer: number | undefined;
	#collect: ReadonlyMap<string, readonly string[]> = new Map();

	connectedCallback(): void {
		this.#config = JSON.parse(this.dataset.config ?? '{}') as FlowConfig;
		const { filters, articles, errors } = this.#config;
		const parsed = parseFlowParams(location.search, filters, Object.keys(articles));
		this.#state = parsed.state;
		this.#tried = parsed.tried;
		for (const e of parsed.errors) {
			const template = errors[e.code === 'tried' ? 'tried' : e.code];
			this.#errors.set(e.field, formatMessage(template, { raw: shorten(e.raw) }));
		}
		this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
			'[disabled]',
		).forEach((c) => (c.disabled = false));
		this.#restoreControls();
		const input = this.#q<HTMLInputElement>('#help-q');
		input.addEventListener('input', () => {
			this.#errors.delete('q');
			this.#set('q', input.value.trim());
			void this.#search();
		});
		const searchForm = this.#q('[data-search-form]');
		searchForm.addEventListener('change', (e) => {
			const t = e.target as HTMLSelectElement;
			if (t.tagName !== 'SELECT') return;
			this.#errors.delete(t.name as ErrorField);
			this.#set(t.name as FlowField, t.value);
			void this.#search();
		});
		searchForm.addEventListener('submit', (e) => e.preventDefault());
		this.#q('[data-results]').addEventListener('click', rememberOpened);
		this.#q('[data-solved]').addEventListener('click', () => {
			this.#q('[data-thanks]').hidden = false;
			this.#set('step', '');
		});
		this.#q('[data-still]').addEventListener('click', () => {
			this.#q('[data-thanks]').hidden = true;
			this.#errors.delete('step');
			this.#set('step', '2');
			// A button press, not a choice: taking the reader to the step it opened is expected.
			this.#q('#step-channel').focus();
		});
		for (const form of ['[data-channel-form]', '[data-severity-form]', '[data-admin-form]']) {
			this.#q(form).addEventListener('change', (e) => this.#onChoice(e));
		}
		this.#q('#help-started').addEventListener('input', () => this.#render());
		this.#q('#help-since').addEventListener('input', () => this.#render());
		this.#q('[data-copy-draft]').addEventListener('click', () => void this.#copy('draft'));
		this.#q('[data-copy-admin]').addEventListener('click', () => void this.#copy('admin'));
		this.#q('[data-print-draft]').addEventListener('click', () => window.print());
		this.#render();
		if (this.#tried.length || readOpened().length) void this.#loadCollect();
		void this.#search();
		this.#timer = window.setInterval(() => this.#renderStatus(), 60_000);
		// Focus without scrolling, so the page's heading and introduction stay in view.
		if (!this.#state.get('step')) input.focus({ preventScroll: true });
	}

	disconnectedCallback(): void {
		window.clearInterval(this.#timer);
	}

	#q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	/** Sets a state value, writes the URL (replace: typing must not flood the history), renders. */
	#set(key: FlowField, value: string): void {
		if (value) this.#state.set(key, value);
		else this.#state.delete(key);
		const params = new URLSearchParams();
		for (const field of FLOW_FIELDS) {
			if (field === 'tried') this.#tried.forEach((slug) => params.append('tried', slug));
			else if (this.#state.has(field)) params.set(field, this.#state.get(field)!);
		}
		const query = params.toString();
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
		);
		this.#render();
	}

	/** A radio choice: never moves focus (WCAG 3.2.2); the next question is announced instead. */
	#onChoice(event: Event): void {
		const t = event.target as HTMLInputElement;
		if (t.type !== 'radio') return;
		const before = this.#visibleQuestions();
		this.#errors.delete(t.name as ErrorField);
		const service = this.#state.get('service');
		this.#set(t.name as FlowField, t.value);
		if (t.name === 'service' && service !== t.value) void this.#search();
		const next = this.#visibleQuestions().find((q) => !before.includes(q));
		if (next) this.#announce(formatMessage(this.#config.next, { step: next }));
	}

	/** The legends and step titles on screen, in order: what "next" is measured against. */
	#visibleQuestions(): string[] {
		return [...this.querySelectorAll<HTMLElement>('legend, .flow-step h2, [data-outcome] > p')]
			.filter((n) => n.offsetParent !== null || n.getClientRects().length > 0)
			.map((n) => shorten(n.textContent?.trim() ?? '', 120));
	}

	#announce(text: string): void {
		const live = this.#q('[data-flow-live]');
		live.textContent = text;
	}

	#restoreControls(): void {
		this.#q<HTMLInputElement>('#help-q').value = this.#state.get('q') ?? '';
		for (const name of ['product', 'audience'] as const) {
			this.#q<HTMLSelectElement>(`select[name="${name}"]`).value = this.#state.get(name) ?? '';
		}
		for (const key of RADIO_KEYS) {
			const value = this.#state.get(key);
			const radio = this.querySelector<HTMLInputElement>(
				`input[type="radio"][name="${key}"][value="${value}"]`,
			);
			if (radio) radio.checked = true;
		}
	}

	#search(): Promise<void> {
		return runSearch(this, this.#config.search, this.#config.lang, this.#state);
	}

	/** Fetches the articles' what-to-collect lists, then shows them in the draft. */
	async #loadCollect(): Promise<void> {
		this.#collect = await fetchCollectLists(this.#config.collectUrl);
		if (this.#collect.size) this.#render();
	}

	/** Articles tried: those in the URL, then those opened here, with what-to-collect lists. */
	#triedArticles(): TriedArticle[] {
		return triedArticles(this.#tried, this.#config.articles, this.#collect);
	}

	#render(): void {
		const step = this.#state.get('step');
		this.#q('[data-step="2"]').hidden = step !== '2';
		const [role, service, topic] = ['role', 'service', 'topic'].map((k) => this.#state.get(k));
		this.#q('fieldset[data-field="service"]').hidden = role !== 'admin';
		this.#q('fieldset[data-field="topic"]').hidden =
			role !== 'admin' || !service || service === 'partner';
		const outcome = step === '2' ? flowOutcome(this.#state) : undefined;
		this.querySelectorAll<HTMLElement>('[data-outcome]').forEach(
			(o) => (o.hidden = o.dataset.outcome !== outcome),
		);
		const step3 = hasDraft(outcome);
		this.#q('[data-step="3"]').hidden = !step3;
		const vianet = outcome?.startsWith('21vianet') ?? false;
		const values = Object.fromEntries(
			['impact', 'scope'].map((k) => [k, this.#state.get(k) ?? undefined]),
		);
		const aNeeded = vianet && needsAQuestions({ type: topic as 'technical', ...values });
		this.querySelectorAll<HTMLElement>('[data-severity-question]').forEach((f) => {
			const field = f.dataset.field;
			f.hidden =
				field === 'impact' || field === 'scope'
					? outcome === 'global' && topic === 'billing'
					: !aNeeded;
		});
		this.#renderTried();
		this.#checkTimes();
		this.#renderErrors();
		this.#renderStatus();
		if (step3) this.#renderDraft(vianet, aNeeded);
		if (outcome === 'user') this.#renderAdminMessage();
	}

	#renderTried(): void {
		const tried = this.#triedArticles();
		this.#q('[data-tried-box]').hidden = tried.length === 0;
		this.#q('[data-tried-list]').replaceChildren(
			...tried.map((a) => {
				const li = el('li');
				li.append(el('a', a.title, { href: a.url }));
				return li;
			}),
		);
	}

	/** A start time in the future gets a message next to its field. */
	#checkTimes(): void {
		for (const [field, id] of [
			['started', '#help-started'],
			['since', '#help-since'],
		] as const) {
			const input = this.#q<HTMLInputElement>(id);
			const at = input.value ? new Date(input.value) : undefined;
			if (at && at.getTime() > Date.now()) {
				this.#errors.set(field, formatMessage(this.#config.errors.future, { raw: input.value }));
			} else this.#errors.delete(field);
		}
	}

	#renderErrors(): void {
		this.querySelectorAll<HTMLElement>('[data-error-for]').forEach((slot) => {
			const field = slot.dataset.errorFor as ErrorField;
			const message = this.#errors.get(field);
			slot.replaceChildren(
				...(message
					? [el('p', message, { class: 'field-error', 'data-testid': 'input-error' })]
					: []),
			);
			const control =
				slot.closest('fieldset') ?? this.querySelector(`[aria-describedby~="${slot.id}"]`);
			if (message) control?.setAttribute('aria-invalid', 'true');
			else control?.removeAttribute('aria-invalid');
		});
	}

	#renderStatus(): void {
		const { lang, calculator, localHours, status } = this.#config;
		renderOpenStatus(this, {
			lang,
			beijingZone: calculator.beijingZone,
			schedules: calculator.schedules,
			localHours,
			status,
		});
	}

	/** A time field's value as an instant in the reader's zone, unless empty or in the future. */
	#time(id: string): Zoned | undefined {
		const value = this.#q<HTMLInputElement>(id).value;
		const instant = value ? new Date(value) : undefined;
		if (!instant || Number.isNaN(instant.getTime()) || instant.getTime() > Date.now())
			return undefined;
		return { instant, zone: zone() };
	}

	#renderDraft(vianet: boolean, aNeeded: boolean): void {
		const { draft, labels, calculator, lang } = this.#config;
		const s = this.#state;
		const region = this.#q('[data-severity-result]');
		const icsSlot = this.#q('[data-draft-ics]');
		const live = this.#q('[data-flow-live]');
		const input = vianet ? severityInputFrom(s, aNeeded, new Date()) : undefined;
		let severity;
		let due: Date | undefined;
		if (input) {
			const assessment = assessSeverity(input, calculator.severityRules);
			const { element, summary } = renderSeverityResult(calculator, input, 3);
			region.replaceChildren(element);
			if (live.textContent !== summary) live.textContent = summary;
			due = firstResponseDue(
				assessment.severity,
				input.type,
				input.at,
				calculator.responseTargets,
				calculator.schedules,
			);
			icsSlot.replaceChildren(icsLink(calculator, assessment.severity, input.type, input.at, due));
			severity = {
				id: assessment.severity,
				name: labels.severity[assessment.severity] ?? '',
				reasons: assessment.lowered.map((r) => calculator.text.reasons[r]),
			};
		} else {
			region.replaceChildren();
			icsSlot.replaceChildren();
		}
		const [service, topic, impact, scope] = ['service', 'topic', 'impact', 'scope'].map(
			(k) => s.get(k) ?? undefined,
		);
		const askImpact = !(service === 'global' && topic === 'billing');
		this.#q<HTMLTextAreaElement>('[data-draft]').value = draftLines(draft, {
			lang,
			beijingZone: calculator.beijingZone,
			problem: s.get('q') ?? '',
			service: service ? labels.service[service] : undefined,
			type: topic ? labels.topic[topic] : undefined,
			impact: askImpact ? (impact && labels.impact[impact]) || undefined : undefined,
			scope: askImpact ? (scope && labels.scope[scope]) || undefined : undefined,
			severity,
			opened: { instant: input?.at ?? new Date(), zone: zone() },
			beijing: vianet,
			due,
			started: this.#time('#help-started'),
			tried: this.#triedArticles(),
			commitments: severity?.id === 'A' ? labels.customerA : undefined,
		}).join('\n');
	}

	#renderAdminMessage(): void {
		const { draft, admin, labels, lang } = this.#config;
		const affected = this.#state.get('affected');
		this.#q<HTMLTextAreaElement>('[data-admin-message]').value = adminMessageLines(draft, admin, {
			lang,
			problem: this.#state.get('q') ?? '',
			since: this.#time('#help-since'),
			affected: affected ? labels.affected[affected] : undefined,
			tried: this.#triedArticles(),
		}).join('\n');
	}

	async #copy(which: 'draft' | 'admin'): Promise<void> {
		const draft = which === 'draft';
		await copyFieldText(
			this.#q<HTMLTextAreaElement>(draft ? '[data-draft]' : '[data-admin-message]'),
			this.#q(draft ? '[data-draft-status]' : '[data-admin-status]'),
			draft ? this.#config.labels : this.#config.admin,
		);
	}
}
