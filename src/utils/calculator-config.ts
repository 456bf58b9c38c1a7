import { clientSchedules } from '../lib/client-schedules.ts';
import type { TFunction } from 'i18next';
import { policy } from '../data/policy.ts';
import { AT_YEARS, CALCULATOR_CHOICES } from '../lib/calculator-params.ts';
import { plainText } from '../lib/strong-text.ts';
import type { CalculatorConfig } from '../scripts/severity-result.ts';
import { scheduleText, targetText } from './policy-text.ts';

/**
 * Everything the severity result shows in the browser, localized at build time from the policy
 * data and the UI strings: the calculator and the get-help flow pass it in `data-config`.
 */
export function calculatorConfig(t: TFunction, lang: string): CalculatorConfig {
	const severities = ['A', 'B', 'C'] as const;
	const phone = policy.phones['21vianet']!;
	const hoursFor = (type: 'technical' | 'billing', sev: 'A' | 'B' | 'C') => {
		const target = (policy.responseTargets[type] as Record<string, { schedule: string }>)[sev];
		return target ? scheduleText(policy.schedules[target.schedule]!, t, lang) : '';
	};

	return {
		lang,
		beijingZone: policy.timeZones['beijing']!.iana,
		years: AT_YEARS,
		responseTargets: policy.responseTargets,
		schedules: clientSchedules(policy.schedules),
		severityRules: policy.severityRules,
		phone: { display: phone.display, tel: phone.tel },
		text: {
			pending: t('calc.pending'),
			zone: t('calc.zone', { zone: '{{zone}}' }),
			severity: Object.fromEntries(
				severities.map((id) => [
					id,
					{
						title: t('calc.result.severity', { id, name: t(`policy.severity.${id}.name`) }),
						meaning: t(`policy.severity.${id}.meaning`),
						followUp: (() => {
							const key = policy.severities.find((s) => s.id === id)?.followUpKey;
							return key ? t(key) : t('response.followUpDefault');
						})(),
						customer: policy.severities.find((s) => s.id === id)!.customerPart.map((k) => t(k)),
					},
				]),
			),
			base: t('calc.result.base', { id: '{{id}}' }),
			lowered: t('calc.result.lowered', { id: '{{id}}' }),
			reasons: {
				billing: t('calc.reason.billing'),
				'no-agreement': t('calc.reason.no-agreement'),
				'no-resource': t('calc.reason.no-resource'),
			},
			// Only the targets the policy has: billing has no A (SUPPORT-POLICY 3), and a sentence
			// built for it would read "first response No target: …. Hours that count: .".
			target: Object.fromEntries(
				(['technical', 'billing'] as const).flatMap((type) =>
					severities
						.filter((sev) => sev in policy.responseTargets[type])
						.map((sev) => [
							`${type}-${sev}`,
							t('calc.due.target', {
								target: targetText(type, sev, t),
								hours: hoursFor(type, sev),
							}),
						]),
				),
			),
			beijing: t('calc.due.beijing', { time: '{{time}}' }),
			local: t('calc.due.local', { time: '{{time}}', zone: '{{zone}}' }),
			in: t('calc.due.in', { duration: '{{duration}}' }),
			ago: t('calc.due.ago', { duration: '{{duration}}' }),
			headings: {
				result: t('calc.result.heading'),
				due: t('calc.due.heading'),
				followUp: t('calc.followUp.heading'),
				customer: t('calc.customer.heading'),
				channel: t('calc.channel.heading'),
			},
			channel: t('calc.channel.text', {
				path: plainText(t(policy.services['21vianet']!.requestPathKey), (label) =>
					t('label.plain', { label }),
				),
				phone: '{{phone}}',
			}),
			errors: {
				'unknown-value': t('calc.error.unknown-value', { raw: '{{raw}}' }),
				repeated: t('calc.error.repeated', { raw: '{{raw}}' }),
				missing: t('calc.error.missing'),
				'malformed-date': t('calc.error.malformed-date', { raw: '{{raw}}' }),
				'impossible-date': t('calc.error.impossible-date', { raw: '{{raw}}' }),
				'missing-offset': t('calc.error.missing-offset', { raw: '{{raw}}' }),
				'out-of-range': t('calc.error.out-of-range', {
					raw: '{{raw}}',
					min: AT_YEARS.min,
					max: AT_YEARS.max,
				}),
				'incomplete-date': t('calc.error.incomplete-date'),
			},
			copied: t('calc.link.copied'),
			copyFailed: t('calc.link.copyFailed'),
			labels: {
				impact: Object.fromEntries(
					CALCULATOR_CHOICES.impact.map((v) => [v, t(`calc.impact.${v}`)]),
				),
				scope: Object.fromEntries(CALCULATOR_CHOICES.scope.map((v) => [v, t(`calc.scope.${v}`)])),
			},
			questions: Object.fromEntries(
				(['type', 'impact', 'scope', 'agreement', 'resource'] as const).map((f) => [
					f,
					t(`calc.q.${f}`),
				]),
			),
			chosen: t('calc.result.chosen', { impact: '{{impact}}', scope: '{{scope}}' }),
			live: t('calc.live', { id: '{{id}}', time: '{{time}}' }),
			openA: t('calc.openA'),
			calendarNote: t('calc.calendarNote', { years: '{{years}}' }),
			calendarApplied: t('calc.calendarApplied', { years: '{{years}}' }),
			notNeeded: t('calc.notNeeded'),
			remaining: t('calc.remaining', { questions: '{{questions}}' }),
			ics: {
				link: t('calc.ics.link'),
				summary: t('calc.ics.summary', { id: '{{id}}' }),
				description: t('calc.ics.description', {
					title: '{{title}}',
					target: '{{target}}',
					opened: '{{opened}}',
					due: '{{due}}',
				}),
			},
		},
	};
}
