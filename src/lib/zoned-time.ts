/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A calendar date (month 1–12). */
export type CalendarDate = { year: number; month: number; day: number };

/** A wall-clock time to the minute in some time zone. */
export type WallClock = CalendarDate & { hour: number; minute: number };

/** A wall-clock time to the second with its ISO weekday, as read in some time zone. */
export type ZonedParts = WallClock & { second: number; weekday: Weekday };

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			era: 'short',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** Milliseconds since the epoch of a wall clock read as if it were UTC; fields overflow like `Date.UTC`. */
function wallClockAsUtc(
	year: number,
	month: number,
	day: number,
	hour: number,
	minute: number,
	second: number,
): number {
	if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute, second);
	// Date.UTC maps years 0–99 to 1900–1999; the Gregorian calendar repeats every 400 years.
	const shifted = new Date(Date.UTC(year + 400, month - 1, day, hour, minute, second));
	shifted.setUTCFullYear(shifted.getUTCFullYear() - 400);
	return shifted.getTime();
}

/** The ISO weekday of a calendar date (proleptic Gregorian). */
export function isoWeekday(date: CalendarDate): Weekday {
	const sunday0 = new Date(wallClockAsUtc(date.year, date.month, date.day, 0, 0, 0)).getUTCDay();
	return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

/**
 * Reads the wall clock of a time zone at an instant (seconds truncated from milliseconds).
 * Throws a RangeError for an invalid Date or an unknown IANA time zone.
 */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
	if (Number.isNaN(instant.getTime())) throw new RangeError('zonedParts: invalid Date');
	const fields: Record<string, string> = {};
	for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
	const yearOfEra = Number(fields['year']);
	const year = fields['era'] === 'BC' || fields['era'] === 'B' ? 1 - yearOfEra : yearOfEra;
	const parts = {
		year,
		month: Number(fields['month']),
		day: Number(fields['day']),
		hour: Number(fields['hour']) % 24,
		minute: Number(fields['minute']),
		second: Number(fields['second']),
	};
	return { ...parts, weekday: isoWeekday(parts) };
}

/** The offset of a time zone from UTC at an instant, in milliseconds (east positive). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
	const p = zonedParts(instant, timeZone);
	const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
	return wallClockAsUtc(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSecond;
}

/**
 * The instant at which a time zone's wall clock shows the given time. Fields overflow like
 * `Date.UTC` (hour 24 is 00:00 of the next day). Around a DST change it uses the offset in
 * force just before the change: a time skipped by a gap lands that many minutes later
 * (Helsinki 2026-03-29 03:30 → 04:30 EEST), and a repeated time gives the earlier instant
 * (Helsinki 2026-10-25 03:30 → 03:30 EEST). Throws a RangeError for non-integer fields or an
 * unknown time zone.
 */
export function zonedToInstant(wall: WallClock, timeZone: string): Date {
	const { year, month, day, hour, minute } = wall;
	if (![year, month, day, hour, minute].every(Number.isSafeInteger)) {
		throw new RangeError('zonedToInstant: every field must be an integer');
	}
	const local = wallClockAsUtc(year, month, day, hour, minute, 0);
	const before = zoneOffsetMs(new Date(local - MS_PER_DAY), timeZone);
	const after = zoneOffsetMs(new Date(local + MS_PER_DAY), timeZone);
	const fits = (offset: number) => zoneOffsetMs(new Date(local - offset), timeZone) === offset;
	if (fits(before)) return new Date(local - before);
	if (fits(after)) return new Date(local - after);
	return new Date(local - before);
}

/** Formats a calendar date as `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses a real `YYYY-MM-DD` calendar date; throws a RangeError for any other string. */
export function parseIsoDate(text: string): CalendarDate {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	if (isoDate(shiftDate(date, 0)) !== text) throw new RangeError(`No such calendar date: ${text}`);
	return date;
}

/** The calendar date a number of days after (or before, if negative) a date. */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
	const moved = new Date(wallClockAsUtc(date.year, date.month, date.day + days, 0, 0, 0));
	return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
