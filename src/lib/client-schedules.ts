import type { ScheduleTable } from './first-response.ts';
import type { RawSchedule } from './schedule.ts';

/** Only what `parseSchedule` reads: no comments, interpretation flags or calendar sources. */
function slim(s: RawSchedule): RawSchedule {
	return {
		timeZone: s.timeZone,
		windows: s.windows,
		closedDates: s.closedDates,
		extraWorkingDates: s.extraWorkingDates,
		...(s.calendar ? { calendar: { years: s.calendar.years } } : {}),
	};
}

/** The policy's schedules as the browser needs them, so every page carries fewer bytes. */
export function clientSchedules(schedules: ScheduleTable): ScheduleTable {
	return Object.fromEntries(
		Object.entries(schedules).map(([name, s]) => [name, typeof s === 'string' ? s : slim(s)]),
	);
}
