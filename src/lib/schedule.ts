import {
	isoDate,
	isoWeekday,
	parseIsoDate,
	shiftDate,
	zonedParts,
	zonedToInstant,
	type CalendarDate,
	type Weekday,
} from './zoned-time.ts';

export type { Weekday } from './zoned-time.ts';

/** Opening hours on some weekdays: `from` 'HH:MM' (00:00–23:59) to `to` 'HH:MM' (after `from`, up to '24:00' = end of day). */
export type Window = {
	readonly days: readonly Weekday[];
	readonly from: string;
	readonly to: string;
};

/**
 * Opening hours in a time zone; dates are 'YYYY-MM-DD' in that zone. `calendarYears`, when set,
 * are the years whose statutory calendar `closedDates` and `extraWorkingDates` hold: any other
 * year is counted by weekday only (see `uncoveredYears`).
 */
export type Schedule = {
	readonly timeZone: string;
	readonly windows: readonly Window[];
	readonly closedDates: readonly string[];
	readonly extraWorkingDates: readonly string[];
	readonly calendarYears?: readonly number[];
};

/** A schedule as stored in JSON: weekdays are plain numbers until `parseSchedule` checks them. */
export type RawSchedule = {
	readonly timeZone: string;
	readonly windows: readonly {
		readonly days: readonly number[];
		readonly from: string;
		readonly to: string;
	}[];
	readonly closedDates: readonly string[];
	readonly extraWorkingDates: readonly string[];
	readonly calendar?: { readonly years: readonly number[] } | undefined;
};

/** An open period: `start` inclusive, `end` exclusive. */
export type Interval = { start: Date; end: Date };

/** How many days `nextOpening` and `windowsFrom` look ahead before deciding a schedule never opens. */
export const SEARCH_LIMIT_DAYS = 400;

const MS_PER_MINUTE = 60_000;

/** Minutes after midnight of an 'HH:MM' time (00:00–24:00); throws a RangeError otherwise. */
function clockMinutes(text: string): number {
	const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
	const minutes = match === null ? NaN : Number(match[1]) * 60 + Number(match[2]);
	if (!(minutes <= 24 * 60)) throw new RangeError(`Not an HH:MM time from 00:00 to 24:00: ${text}`);
	return minutes;
}

/** The window's `from` and `to` in minutes after midnight; throws a RangeError unless from < to. */
function windowMinutes(window: Window): { from: number; to: number } {
	const from = clockMinutes(window.from);
	const to = clockMinutes(window.to);
	if (from >= to)
		throw new RangeError(`A window must end after it starts: ${window.from}–${window.to}`);
	return { from, to };
}

/** The windows that apply on a date: none when closed, Monday's for an extra working date with none of its own. */
function windowsForDate(date: CalendarDate, schedule: Schedule): readonly Window[] {
	const text = isoDate(date);
	if (schedule.closedDates.includes(text)) return [];
	const weekday = isoWeekday(date);
	const own = schedule.windows.filter((w) => w.days.includes(weekday));
	if (own.length > 0 || !schedule.extraWorkingDates.includes(text)) return own;
	return schedule.windows.filter((w) => w.days.includes(1));
}

/** The instant a window boundary (minutes after midnight, 1440 = next midnight) falls on in the zone. */
function boundary(date: CalendarDate, minutes: number, timeZone: string): Date {
	const day = shiftDate(date, Math.floor(minutes / 1440));
	const rest = minutes % 1440;
	return zonedToInstant({ ...day, hour: Math.floor(rest / 60), minute: rest % 60 }, timeZone);
}

/** Sorts intervals and merges those that overlap. */
function mergeIntervals(intervals: Interval[]): Interval[] {
	const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
	const merged: Interval[] = [];
	for (const next of sorted) {
		const last = merged.at(-1);
		if (last !== undefined && next.start < last.end) {
			if (next.end > last.end) last.end = next.end;
		} else merged.push({ ...next });
	}
	return merged;
}

/** The open intervals of a calendar day: the same as `windowsOn`, for a parsed date. */
function intervalsOn(date: CalendarDate, schedule: Schedule): Interval[] {
	const intervals = windowsForDate(date, schedule).map((window) => {
		const { from, to } = windowMinutes(window);
		return {
			start: boundary(date, from, schedule.timeZone),
			end: boundary(date, to, schedule.timeZone),
		};
	});
	return mergeIntervals(intervals.filter((i) => i.end > i.start));
}

/** Throws a RangeError for an invalid Date. */
function checkInstant(instant: Date, name: string): void {
	if (Number.isNaN(instant.getTime())) throw new RangeError(`${name}: invalid Date`);
}

/**
 * The open intervals of one calendar day ('YYYY-MM-DD' in the schedule's zone), earliest first,
 * overlapping windows merged. A closed date has none; an extra working date without windows of
 * its own gets Monday's; a date both closed and extra is closed. Throws a RangeError for a date
 * that does not exist or a malformed window.
 */
export function windowsOn(date: string, schedule: Schedule): Interval[] {
	return intervalsOn(parseIsoDate(date), schedule);
}

/**
 * The open intervals from an instant on, earliest first: first the one containing the instant
 * (its `start` may be earlier), then every later one. Throws a RangeError for an invalid Date, or
 * when no window opens on the instant's date nor on the `SEARCH_LIMIT_DAYS` dates after it (and
 * likewise later, after any run of that many dates without a window).
 */
export function* windowsFrom(instant: Date, schedule: Schedule): Generator<Interval, never> {
	checkInstant(instant, 'windowsFrom');
	const t = instant.getTime();
	let date = shiftDate(zonedParts(instant, schedule.timeZone), -1);
	let emptyDays = 0;
	for (;;) {
		const later = intervalsOn(date, schedule).filter((i) => i.end.getTime() > t);
		emptyDays = later.length === 0 ? emptyDays + 1 : 0;
		if (emptyDays > SEARCH_LIMIT_DAYS + 1) {
			throw new RangeError(
				`The schedule does not open within ${SEARCH_LIMIT_DAYS} days of ${instant.toISOString()}`,
			);
		}
		yield* later;
		date = shiftDate(date, 1);
	}
}

/** Whether the schedule is open at an instant (window start inclusive, end exclusive); RangeError for an invalid Date. */
export function isOpen(instant: Date, schedule: Schedule): boolean {
	checkInstant(instant, 'isOpen');
	const date = zonedParts(instant, schedule.timeZone);
	const around = [...intervalsOn(shiftDate(date, -1), schedule), ...intervalsOn(date, schedule)];
	return around.some((i) => i.start <= instant && instant < i.end);
}

/**
 * A copy of the instant if the schedule is open then, else the start of the next window.
 * Throws a RangeError for an invalid Date, or if no window opens on the instant's date (in the
 * schedule's zone) nor on the 400 dates after it.
 */
export function nextOpening(instant: Date, schedule: Schedule): Date {
	const first = windowsFrom(instant, schedule).next().value;
	return new Date(Math.max(instant.getTime(), first.start.getTime()));
}

/**
 * The length in milliseconds of one business day: one full window, by the clock on the wall
 * (a DST change does not alter it). Throws a RangeError if the schedule has no windows or
 * windows of different lengths.
 */
export function businessDayLength(schedule: Schedule): number {
	const lengths = new Set(
		schedule.windows.map((w) => {
			const { from, to } = windowMinutes(w);
			return to - from;
		}),
	);
	const [only, ...others] = [...lengths];
	if (only === undefined || others.length > 0) {
		throw new RangeError('A business day needs windows that all have the same length');
	}
	return only * MS_PER_MINUTE;
}

/** Whether a value is one of the ISO weekdays 1–7. */
function isWeekday(value: number): value is Weekday {
	return Number.isInteger(value) && value >= 1 && value <= 7;
}

/**
 * Checks a schedule read from JSON and returns it typed (a new object; extra keys such as
 * `$comment` are dropped). Throws a RangeError for an unknown time zone, a weekday outside 1–7, a
 * malformed window or a date that does not exist.
 */
export function parseSchedule(raw: RawSchedule): Schedule {
	zonedParts(new Date(0), raw.timeZone);
	const windows = raw.windows.map((w) => {
		const days = w.days.map((d) => {
			if (!isWeekday(d)) throw new RangeError(`Not an ISO weekday 1–7: ${d}`);
			return d;
		});
		const window = { days, from: w.from, to: w.to };
		windowMinutes(window);
		return window;
	});
	for (const date of [...raw.closedDates, ...raw.extraWorkingDates]) parseIsoDate(date);
	return {
		timeZone: raw.timeZone,
		windows,
		closedDates: [...raw.closedDates],
		extraWorkingDates: [...raw.extraWorkingDates],
		...(raw.calendar ? { calendarYears: [...raw.calendar.years] } : {}),
	};
}

/**
 * The years, in the schedule's zone, from `start` to `end` (inclusive) whose statutory calendar
 * the schedule does not hold, ascending. Empty for a schedule without `calendarYears` (one that
 * follows no statutory calendar, such as an every-day window). Throws a RangeError for an invalid
 * Date.
 */
export function uncoveredYears(start: Date, end: Date, schedule: Schedule): number[] {
	checkInstant(start, 'uncoveredYears');
	checkInstant(end, 'uncoveredYears');
	const covered = schedule.calendarYears;
	if (covered === undefined) return [];
	const from = zonedParts(start, schedule.timeZone).year;
	const to = zonedParts(end, schedule.timeZone).year;
	const years: number[] = [];
	for (let y = from; y <= to; y++) if (!covered.includes(y)) years.push(y);
	return years;
}
