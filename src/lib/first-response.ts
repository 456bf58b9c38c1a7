import { addWorkingTime } from './add-working-time.ts';
import {
	businessDayLength,
	parseSchedule,
	uncoveredYears,
	type RawSchedule,
	type Schedule,
} from './schedule.ts';
import type { RequestType, Severity } from './severity.ts';

/** A first-response target: hours on a schedule's clock, or business days (full windows) of it. */
export type ResponseTarget =
	| { readonly hours: number; readonly schedule: string }
	| { readonly businessDays: number; readonly schedule: string };

/** Targets per request type and severity, shaped like `responseTargets` in the policy file; `$` keys are ignored. */
export type ResponseTargets = {
	readonly [type: string]: string | { readonly [severity: string]: ResponseTarget };
};

/** Schedules by name, shaped like `schedules` in the policy file; `$` keys are ignored. */
export type ScheduleTable = { readonly [name: string]: string | RawSchedule };

const MS_PER_HOUR = 3_600_000;

/** The target for a severity and request type, or undefined when the policy sets none (billing A). */
export function findResponseTarget(
	severity: Severity,
	type: RequestType,
	targets: ResponseTargets,
): ResponseTarget | undefined {
	const byType = type.startsWith('$') ? undefined : targets[type];
	return typeof byType === 'object' ? byType[severity] : undefined;
}

/** The named schedule, checked; throws an Error when the table has no such schedule. */
function scheduleNamed(name: string, schedules: ScheduleTable): Schedule {
	const raw = name.startsWith('$') ? undefined : schedules[name];
	if (typeof raw !== 'object') throw new Error(`No schedule named "${name}"`);
	return parseSchedule(raw);
}

/** How long a target gives, in milliseconds of its schedule's clock. */
function targetDuration(target: ResponseTarget, schedule: Schedule): number {
	return 'hours' in target
		? target.hours * MS_PER_HOUR
		: target.businessDays * businessDayLength(schedule);
}

/**
 * When the first response is due for a request opened at `at` (SUPPORT-POLICY §4): the target's
 * hours, or business days × one full window, on its schedule's clock (see `addWorkingTime`).
 * Throws an Error when the policy sets no target for the combination (billing A) or names a
 * missing schedule, and a RangeError for an invalid Date or schedule.
 */
export function firstResponseDue(
	severity: Severity,
	type: RequestType,
	at: Date,
	targets: ResponseTargets,
	schedules: ScheduleTable,
): Date {
	const target = findResponseTarget(severity, type, targets);
	if (target === undefined)
		throw new Error(`The policy sets no first-response target for ${type} severity ${severity}`);
	const schedule = scheduleNamed(target.schedule, schedules);
	return addWorkingTime(at, targetDuration(target, schedule), schedule);
}

/**
 * When the first response is due, and the years from `at` to the deadline whose statutory
 * calendar the target's schedule does not hold (counted by weekday only; empty for a schedule
 * without a calendar). Throws as `firstResponseDue` does.
 */
export function firstResponseDetail(
	severity: Severity,
	type: RequestType,
	at: Date,
	targets: ResponseTargets,
	schedules: ScheduleTable,
): { due: Date; uncoveredYears: number[] } {
	const due = firstResponseDue(severity, type, at, targets, schedules);
	const target = findResponseTarget(severity, type, targets)!;
	return {
		due,
		uncoveredYears: uncoveredYears(at, due, scheduleNamed(target.schedule, schedules)),
	};
}
