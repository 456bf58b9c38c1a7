import { toUtcSecondString } from '../lib/calculator-params.ts';
import {
	firstResponseDetail,
	type ResponseTargets,
	type ScheduleTable,
} from '../lib/first-response.ts';
import { formatDateTime } from '../lib/format-date-time.ts';
import { formatDuration } from '../lib/format-duration.ts';
import { formatMessage } from '../lib/format-message.ts';
import { buildIcs } from '../lib/ics.ts';
import {
	assessSeverity,
	type LoweringReason,
	type Severity,
	type SeverityInput,
	type SeverityRules,
} from '../lib/severity.ts';

/** Everything a severity result shows, prepared and localized at build time (src/utils/calculator-config.ts). */
export interface CalculatorConfig {
	lang: string;
	beijingZone: string;
	years: { min: number; max: number };
	responseTargets: ResponseTargets;
	schedules: ScheduleTable;
	severityRules: SeverityRules;
	phone: { display: string; tel: string };
	text: {
		pending: string;
		zone: string;
		severity: Record<
			string,
			{ title: string; meaning: string; followUp: string; customer: string[] }
		>;
		base: string;
		lowered: string;
		reasons: Record<LoweringReason, string>;
		target: Record<string, string>;
		beijing: string;
		local: string;
		in: string;
		ago: string;
		headings: Record<'result' | 'due' | 'followUp' | 'customer' | 'channel', string>;
		channel: string;
		errors: Record<string, string>;
		copied: string;
		copyFailed: string;
		labels: { impact: Record<string, string>; scope: Record<string, string> };
		questions: Record<string, string>;
		chosen: string;
		live: string;
		openA: string;
		calendarNote: string;
		calendarApplied: string;
		notNeeded: string;
		remaining: string;
		ics: { link: string; summary: string; description: string };
	};
}

/** What a rendered result is: the element, and a one-line summary for a live region. */
export type RenderedResult = { element: HTMLElement; summary: string };

/** Builds an element with text content only: nothing from a URL ever becomes markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {},
) {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
}

/** The `<p>` with the channel sentence, the phone number as a `tel:` link. */
function channelParagraph(config: CalculatorConfig): HTMLElement {
	const [before = '', after = ''] = config.text.channel.split('{{phone}}');
	const p = el('p', before);
	p.append(el('a', config.phone.display, { href: `tel:${config.phone.tel}` }), after);
	return p;
}

/** A link that downloads an .ics file with the deadline and a reminder 15 minutes before. */
export function icsLink(
	config: CalculatorConfig,
	sev: Severity,
	type: string,
	at: Date,
	due: Date,
): HTMLAnchorElement {
	const { text, lang, beijingZone } = config;
	const ics = buildIcs({
		uid: `first-response-${sev}-${due.getTime()}@${location.host || 'support-guide'}`,
		start: due,
		durationMinutes: 15,
		alarmMinutesBefore: 15,
		summary: formatMessage(text.ics.summary, { id: sev }),
		description: formatMessage(text.ics.description, {
			title: text.severity[sev]?.title ?? sev,
			target: text.target[`${type}-${sev}`] ?? '',
			opened: formatDateTime(at, lang, beijingZone),
			due: formatDateTime(due, lang, beijingZone),
		}),
		stamp: new Date(),
		url: location.href,
	});
	return el('a', text.ics.link, {
		href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
		download: `first-response-${sev}-${toUtcSecondString(due).replace(/[-:]/g, '')}.ics`,
		'data-testid': 'ics-link',
		class: 'ics-link',
	});
}

/**
 * The severity result for complete answers: severity (a heading at `level`), what the reader
 * chose and why it was lowered, the first-response deadline in Beijing and local time with the
 * time left, a calendar file, the statutory-calendar note, follow-up, the customer's part and the
 * channel. Carries the test hooks of SUPPORT-POLICY section 5.
 */
export function renderSeverityResult(
	config: CalculatorConfig,
	input: SeverityInput & { at: Date },
	level: 3 | 4 = 4,
): RenderedResult {
	const { text, lang } = config;
	const assessment = assessSeverity(input, config.severityRules);
	const sev: Severity = assessment.severity;
	const { due, uncoveredYears } = firstResponseDetail(
		sev,
		input.type,
		input.at,
		config.responseTargets,
		config.schedules,
	);
	const s = text.severity[sev]!;
	const h = `h${level}` as 'h3' | 'h4';

	const result = el('div', undefined, { 'data-testid': 'severity-result', 'data-severity': sev });
	result.append(el(h, s.title, { class: 'calc-severity' }));
	if (assessment.lowered.length) {
		result.append(
			el(
				'p',
				formatMessage(text.chosen, {
					impact: text.labels.impact[input.impact] ?? input.impact,
					scope: text.labels.scope[input.scope] ?? input.scope,
				}),
			),
			el('p', formatMessage(text.base, { id: assessment.base })),
			el('p', formatMessage(text.lowered, { id: sev }), { 'data-testid': 'lowered' }),
		);
		const reasons = el('ul');
		for (const reason of assessment.lowered) reasons.append(el('li', text.reasons[reason]));
		result.append(reasons);
	} else result.append(el('p', s.meaning));
	if (sev === 'A') result.append(el('p', text.openA, { 'data-testid': 'open-a' }));

	const time = el('time', undefined, {
		'data-testid': 'first-response-due',
		datetime: toUtcSecondString(due),
	});
	const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const beijing = formatDateTime(due, lang, config.beijingZone);
	time.append(
		el('span', formatMessage(text.beijing, { time: beijing })),
		el('br'),
		el(
			'span',
			formatMessage(text.local, { time: formatDateTime(due, lang, localZone), zone: localZone }),
		),
	);
	const remaining = due.getTime() - Date.now();
	const relative = formatMessage(remaining >= 0 ? text.in : text.ago, {
		duration: formatDuration(remaining, lang),
	});
	result.append(
		el(h, text.headings.due),
		time,
		el('p', relative, { 'data-testid': 'first-response-relative' }),
		el('p', text.target[`${input.type}-${sev}`] ?? ''),
	);
	const years = calendarYears(config, input.type, sev);
	if (uncoveredYears.length) {
		result.append(
			el('p', formatMessage(text.calendarNote, { years: uncoveredYears.join(', ') }), {
				'data-testid': 'calendar-note',
				class: 'calc-note',
			}),
		);
	} else if (years.length) {
		result.append(el('p', formatMessage(text.calendarApplied, { years: years.join(', ') })));
	}
	const ics = el('p');
	ics.append(icsLink(config, sev, input.type, input.at, due));
	result.append(
		ics,
		el(h, text.headings.followUp),
		el('p', s.followUp),
		el(h, text.headings.customer),
	);
	const customer = el('ul');
	for (const item of s.customer) customer.append(el('li', item));
	result.append(customer, el(h, text.headings.channel), channelParagraph(config));
	return { element: result, summary: formatMessage(text.live, { id: sev, time: beijing }) };
}

/** The statutory-calendar years the target's schedule holds, if it follows such a calendar. */
function calendarYears(config: CalculatorConfig, type: string, sev: Severity): readonly number[] {
	const byType = config.responseTargets[type];
	const target = typeof byType === 'object' ? byType[sev] : undefined;
	const schedule = target ? config.schedules[target.schedule] : undefined;
	return typeof schedule === 'object' ? (schedule.calendar?.years ?? []) : [];
}
