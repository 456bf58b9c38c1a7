import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { addWorkingTime } from './add-working-time.ts';
import { parseSchedule, type RawSchedule, type Schedule } from './schedule.ts';

const policy = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as {
	schedules: Record<string, RawSchedule>;
};
const always = parseSchedule(policy.schedules['always'] as RawSchedule);
const technical = parseSchedule(policy.schedules['technical'] as RawSchedule);
const billing = parseSchedule(policy.schedules['chinaBusiness'] as RawSchedule);
const helsinkiOffice: Schedule = {
	timeZone: 'Europe/Helsinki',
	windows: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
	closedDates: [],
	extraWorkingDates: [],
};
const helsinkiNight: Schedule = {
	...helsinkiOffice,
	windows: [{ days: [7], from: '02:00', to: '04:00' }],
};

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('addWorkingTime', () => {
	const cases: Array<[string, Schedule, string, number, string]> = [
		[
			'runs 15 support hours from Tuesday 10:00 Beijing to Wednesday 10:00',
			technical,
			'2026-11-24T02:00:00.000Z',
			15 * HOUR,
			'2026-11-25T02:00:00.000Z',
		],
		[
			'returns the start for zero time inside a window',
			technical,
			'2026-11-24T02:00:00.000Z',
			0,
			'2026-11-24T02:00:00.000Z',
		],
		[
			'returns the next opening for zero time before a window',
			technical,
			'2026-11-23T19:00:00.000Z',
			0,
			'2026-11-24T01:00:00.000Z',
		],
		[
			'returns the next opening for zero time at a window end',
			technical,
			'2026-11-24T16:00:00.000Z',
			0,
			'2026-11-25T01:00:00.000Z',
		],
		[
			'stops at 24:00 Beijing when the time runs out at the window end',
			technical,
			'2026-11-24T02:00:00.000Z',
			14 * HOUR,
			'2026-11-24T16:00:00.000Z',
		],
		[
			'carries one millisecond past the window end into the next window',
			technical,
			'2026-11-24T02:00:00.000Z',
			14 * HOUR + 1,
			'2026-11-25T01:00:00.001Z',
		],
		[
			'starts the clock at 09:00 for a request opened at 03:00 Beijing',
			technical,
			'2026-11-23T19:00:00.000Z',
			HOUR,
			'2026-11-24T02:00:00.000Z',
		],
		[
			'runs 45 support hours from 03:00 to 24:00 of the third day',
			technical,
			'2026-11-23T19:00:00.000Z',
			45 * HOUR,
			'2026-11-26T16:00:00.000Z',
		],
		[
			'rolls a Friday 17:00 billing request to Monday 17:00',
			billing,
			'2026-11-27T09:00:00.000Z',
			9 * HOUR,
			'2026-11-30T09:00:00.000Z',
		],
		[
			'starts a Saturday billing request on Monday and ends it at 18:00',
			billing,
			'2026-11-28T03:00:00.000Z',
			9 * HOUR,
			'2026-11-30T10:00:00.000Z',
		],
		[
			'runs 250 business days of weekday-only billing hours to a Friday 18:00',
			{ ...billing, closedDates: [], extraWorkingDates: [] },
			'2026-01-05T01:00:00.000Z',
			250 * 9 * HOUR,
			'2026-12-18T10:00:00.000Z',
		],
		[
			'runs an hour across Beijing midnight on the always schedule',
			always,
			'2026-11-24T15:30:00.000Z',
			HOUR,
			'2026-11-24T16:30:00.000Z',
		],
		[
			'skips a closed Monday',
			{ ...billing, closedDates: ['2026-11-30'] },
			'2026-11-27T09:00:00.000Z',
			9 * HOUR,
			'2026-12-01T09:00:00.000Z',
		],
		[
			'works an extra working Saturday',
			{ ...billing, extraWorkingDates: ['2026-11-28'] },
			'2026-11-27T09:00:00.000Z',
			9 * HOUR,
			'2026-11-28T09:00:00.000Z',
		],
		[
			'crosses the Helsinki spring change by wall-clock opening hours',
			helsinkiOffice,
			'2026-03-27T14:00:00.000Z',
			8 * HOUR,
			'2026-03-30T13:00:00.000Z',
		],
		[
			'counts only the real hour of a Helsinki 02:00–04:00 window on the spring change night',
			helsinkiNight,
			'2026-03-29T00:00:00.000Z',
			90 * MINUTE,
			'2026-04-04T23:30:00.000Z',
		],
		[
			'counts all three real hours of a Helsinki 02:00–04:00 window on the autumn change night',
			helsinkiNight,
			'2026-10-24T23:00:00.000Z',
			3 * HOUR,
			'2026-10-25T02:00:00.000Z',
		],
	];
	for (const [name, schedule, start, duration, expected] of cases) {
		it(name, () =>
			assert.equal(addWorkingTime(new Date(start), duration, schedule).toISOString(), expected),
		);
	}

	it('leaves its start Date untouched and returns a new Date', () => {
		const start = new Date('2026-11-24T02:00:00.000Z');
		const due = addWorkingTime(start, 0, technical);
		assert.equal(start.toISOString(), '2026-11-24T02:00:00.000Z');
		assert.notEqual(due, start);
	});

	const bad: Array<[string, Date, number, Schedule]> = [
		['rejects an invalid Date', new Date(NaN), HOUR, technical],
		['rejects a negative duration', new Date(0), -1, technical],
		['rejects a NaN duration', new Date(0), NaN, technical],
		['rejects an infinite duration', new Date(0), Infinity, technical],
		['rejects a schedule that never opens', new Date(0), HOUR, { ...technical, windows: [] }],
	];
	for (const [name, start, duration, schedule] of bad) {
		it(name, () => assert.throws(() => addWorkingTime(start, duration, schedule), RangeError));
	}
});
