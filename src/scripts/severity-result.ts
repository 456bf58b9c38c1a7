import { toUtcSecondString } from '../lib/calculator-params.ts';
import { durationParts } from '../lib/duration-parts.ts';
import {
	firstResponseDue,
	type ResponseTargets,
	type ScheduleTable,
} from '../lib/first-response.ts';
import { formatDateTime } from '../lib/format-date-time.ts';
import { formatMessage } from '../lib/format-message.ts';
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
	text: {
		pending: string;
		zone: string;
		severity: Record<
			string,
			{ title: string; meaning: string; followUp: string; customer: string[] }
		>;
		base: string;
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
	};
}

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

/**
 * The severity result for complete answers: severity, why it was lowered, the first-response
 * deadline in Beijing and local time with the time left, follow-up, the customer's part and the
 * channel. Carries the test hooks of SUPPORT-POLICY section 5.
 */
export function renderSeverityResult(
	config: CalculatorConfig,
	input: SeverityInput & { at: Date },
): HTMLElement {
	const { text, lang } = config;
	const assessment = assessSeverity(input, config.severityRules);
	const sev: Severity = assessment.severity;
	const due = firstResponseDue(sev, input.type, input.at, config.responseTargets, config.schedules);
	const s = text.severity[sev]!;

	const result = el('div', undefined, { 'data-testid': 'severity-result', 'data-severity': sev });
	result.append(el('p', s.title, { class: 'calc-severity' }), el('p', s.meaning));
	if (assessment.lowered.length) {
		result.append(el('p', formatMessage(text.base, { id: assessment.base })));
		const reasons = el('ul');
		for (const reason of assessment.lowered) reasons.append(el('li', text.reasons[reason]));
		result.append(reasons);
	}

	const time = el('time', undefined, {
		'data-testid': 'first-response-due',
		datetime: toUtcSecondString(due),
	});
	const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	time.append(
		el(
			'span',
			formatMessage(text.beijing, { time: formatDateTime(due, lang, config.beijingZone) }),
		),
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
		el('h4', text.headings.due),
		time,
		el('p', relative, { 'data-testid': 'first-response-relative' }),
		el('p', text.target[`${input.type}-${sev}`] ?? ''),
		el('h4', text.headings.followUp),
		el('p', s.followUp),
		el('h4', text.headings.customer),
	);
	const customer = el('ul');
	for (const item of s.customer) customer.append(el('li', item));
	result.append(customer, el('h4', text.headings.channel), el('p', text.channel));
	return result;
}

/** A duration such as "14 h 30 min" in a language, through Intl.DurationFormat where available. */
function formatDuration(ms: number, lang: string): string {
	const { days, hours, minutes } = durationParts(ms);
	const parts = { days, hours, minutes };
	const DurationFormat = (
		Intl as unknown as {
			DurationFormat?: new (l: string, o: object) => { format(d: object): string };
		}
	).DurationFormat;
	if (DurationFormat) return new DurationFormat(lang, { style: 'short' }).format(parts);
	return (Object.entries(parts) as Array<[string, number]>)
		.filter(([, n]) => n > 0)
		.map(([unit, n]) =>
			new Intl.NumberFormat(lang, {
				style: 'unit',
				unit: unit.slice(0, -1),
				unitDisplay: 'short',
			}).format(n),
		)
		.join(' ');
}
