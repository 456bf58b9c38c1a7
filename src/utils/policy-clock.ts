import { policy } from '../data/policy.ts';
import { firstResponseDue } from '../lib/first-response.ts';
import { formatDateTime } from '../lib/format-date-time.ts';
import type { RequestType, Severity } from '../lib/severity.ts';

/** When the first response is due under the policy data's targets and schedules. */
export function policyDue(severity: Severity, type: RequestType, at: Date): Date {
	return firstResponseDue(severity, type, at, policy.responseTargets, policy.schedules);
}

/** A date-time in Beijing time for a locale, with weekday (`Wed, Nov 25, 2026, 10:00`). */
export function formatBeijing(instant: Date, langTag: string): string {
	return formatDateTime(instant, langTag, policy.timeZones['beijing']!.iana);
}
