import { policy } from '../data/policy.ts';
import { firstResponseDue } from '../lib/first-response.ts';
import type { RequestType, Severity } from '../lib/severity.ts';

/** When the first response is due under the policy data's targets and schedules. */
export function policyDue(severity: Severity, type: RequestType, at: Date): Date {
	return firstResponseDue(severity, type, at, policy.responseTargets, policy.schedules);
}

/** A date-time in Beijing time for a locale, with weekday (`Wed 25 Nov 2026, 10:00`). */
export function formatBeijing(instant: Date, langTag: string): string {
	return new Intl.DateTimeFormat(langTag, {
		timeZone: policy.timeZones['beijing']!.iana,
		weekday: 'short',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(instant);
}
