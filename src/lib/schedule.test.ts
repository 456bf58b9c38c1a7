import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	businessDayLength,
	isOpen,
	nextOpening,
	parseSchedule,
	uncoveredYears,
	windowsFrom,
	windowsOn,
	type RawSchedule,
	type Schedule,
} from './schedule.ts';
import { isoDate, parseIsoDate, shiftDate } from './zoned-time.ts';

const policy = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as {
	schedules: Record<string, RawSchedule>;
};
const always = parseSchedule(policy.schedules['always'] as RawSchedule);
const technical = parseSchedule(policy.schedules['technical'] as RawSchedule);
const billing = parseSchedule(policy.schedules['chinaBusiness'] as RawSchedule);

const helsinkiAllDay: Schedule = {
	timeZone: 'Europe/Helsinki',
	windows: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }],
	closedDates: [],
	extraWorkingDates: [],
};
const helsinkiNight: Schedule = {
	...helsinkiAllDay,
	windows: [{ days: [7], from: '02:00', to: '04:00' }],
};
const splitShift: Schedule = {
	...billing,
	windows: [
		{ days: [1], from: '11:00', to: '14:00' },
		{ days: [1], from: '09:00', to: '12:00' },
		{ days: [1], from: '15:00', to: '16:00' },
	],
};
const never: Schedule = { ...billing, windows: [] };

/** Intervals as `start/end` ISO strings. */
function show(intervals: Array<{ start: Date; end: Date }>): string[] {
	return intervals.map((i) => `${i.start.toISOString()}/${i.end.toISOString()}`);
}

describe('windowsOn', () => {
	const cases: Array<[string, string, Schedule, string[]]> = [
		[
			'opens the technical window 09:00–24:00 Beijing',
			'2026-11-24',
			technical,
			['2026-11-24T01:00:00.000Z/2026-11-24T16:00:00.000Z'],
		],
		[
			'opens the always schedule for the whole Beijing day',
			'2026-11-24',
			always,
			['2026-11-23T16:00:00.000Z/2026-11-24T16:00:00.000Z'],
		],
		[
			'opens billing 09:00–18:00 Beijing on a Friday',
			'2026-11-27',
			billing,
			['2026-11-27T01:00:00.000Z/2026-11-27T10:00:00.000Z'],
		],
		['keeps billing shut on a Saturday', '2026-11-28', billing, []],
		['keeps billing shut on a Sunday', '2026-11-29', billing, []],
		['keeps a closed weekday shut', '2026-11-30', { ...billing, closedDates: ['2026-11-30'] }, []],
		[
			'gives an extra working Saturday the Monday hours',
			'2026-11-28',
			{ ...billing, extraWorkingDates: ['2026-11-28'] },
			['2026-11-28T01:00:00.000Z/2026-11-28T10:00:00.000Z'],
		],
		[
			'leaves an extra working date that is open anyway unchanged',
			'2026-11-27',
			{ ...billing, extraWorkingDates: ['2026-11-27'] },
			['2026-11-27T01:00:00.000Z/2026-11-27T10:00:00.000Z'],
		],
		[
			'lets a closed date win over an extra working date',
			'2026-11-28',
			{ ...billing, closedDates: ['2026-11-28'], extraWorkingDates: ['2026-11-28'] },
			[],
		],
		[
			'merges overlapping windows and sorts them',
			'2026-11-30',
			splitShift,
			[
				'2026-11-30T01:00:00.000Z/2026-11-30T06:00:00.000Z',
				'2026-11-30T07:00:00.000Z/2026-11-30T08:00:00.000Z',
			],
		],
		[
			'makes the Helsinki spring change day 23 hours long',
			'2026-03-29',
			helsinkiAllDay,
			['2026-03-28T22:00:00.000Z/2026-03-29T21:00:00.000Z'],
		],
		[
			'makes the Helsinki autumn change day 25 hours long',
			'2026-10-25',
			helsinkiAllDay,
			['2026-10-24T21:00:00.000Z/2026-10-25T22:00:00.000Z'],
		],
		[
			'shortens a Helsinki 02:00–04:00 window by the spring gap',
			'2026-03-29',
			helsinkiNight,
			['2026-03-29T00:00:00.000Z/2026-03-29T01:00:00.000Z'],
		],
		[
			'lengthens a Helsinki 02:00–04:00 window by the repeated hour',
			'2026-10-25',
			helsinkiNight,
			['2026-10-24T23:00:00.000Z/2026-10-25T02:00:00.000Z'],
		],
	];
	for (const [name, date, schedule, expected] of cases) {
		it(name, () => assert.deepEqual(show(windowsOn(date, schedule)), expected));
	}

	const bad: Array<[string, string, Schedule]> = [
		['rejects a date that does not exist', '2026-02-30', technical],
		[
			'rejects a window that ends before it starts',
			'2026-11-24',
			{ ...technical, windows: [{ days: [2], from: '18:00', to: '09:00' }] },
		],
		[
			'rejects an empty window',
			'2026-11-24',
			{ ...technical, windows: [{ days: [2], from: '09:00', to: '09:00' }] },
		],
		[
			'rejects a time past 24:00',
			'2026-11-24',
			{ ...technical, windows: [{ days: [2], from: '09:00', to: '24:01' }] },
		],
		[
			'rejects a time without a leading zero',
			'2026-11-24',
			{ ...technical, windows: [{ days: [2], from: '9:00', to: '18:00' }] },
		],
	];
	for (const [name, date, schedule] of bad) {
		it(name, () => assert.throws(() => windowsOn(date, schedule), RangeError));
	}
});

describe('isOpen', () => {
	const cases: Array<[string, string, Schedule, boolean]> = [
		['is open at 09:00 Beijing exactly', '2026-11-24T01:00:00.000Z', technical, true],
		['is closed at 08:59:59.999 Beijing', '2026-11-24T00:59:59.999Z', technical, false],
		['is open at 23:59:59.999 Beijing', '2026-11-24T15:59:59.999Z', technical, true],
		['is closed at 24:00 Beijing', '2026-11-24T16:00:00.000Z', technical, false],
		[
			'is always open at Beijing midnight on the always schedule',
			'2026-11-24T16:00:00.000Z',
			always,
			true,
		],
		['is closed for billing on a Saturday', '2026-11-28T03:00:00.000Z', billing, false],
		['is closed for billing at 18:00 Beijing', '2026-11-27T10:00:00.000Z', billing, false],
		['is open in the repeated Helsinki hour', '2026-10-25T01:30:00.000Z', helsinkiNight, true],
	];
	for (const [name, instant, schedule, expected] of cases) {
		it(name, () => assert.equal(isOpen(new Date(instant), schedule), expected));
	}

	it('throws a RangeError for an invalid Date', () =>
		assert.throws(() => isOpen(new Date(NaN), technical), RangeError));
});

describe('nextOpening', () => {
	const cases: Array<[string, string, Schedule, string]> = [
		[
			'returns an open instant unchanged',
			'2026-11-24T02:00:00.000Z',
			technical,
			'2026-11-24T02:00:00.000Z',
		],
		[
			'waits from 08:59:59 for the 09:00 opening',
			'2026-11-24T00:59:59.000Z',
			technical,
			'2026-11-24T01:00:00.000Z',
		],
		[
			'waits from 24:00 until 09:00 the next day',
			'2026-11-24T16:00:00.000Z',
			technical,
			'2026-11-25T01:00:00.000Z',
		],
		[
			'waits from Friday 18:00 billing to Monday 09:00',
			'2026-11-27T10:00:00.000Z',
			billing,
			'2026-11-30T01:00:00.000Z',
		],
		[
			'skips a closed Monday to Tuesday 09:00',
			'2026-11-28T03:00:00.000Z',
			{ ...billing, closedDates: ['2026-11-30'] },
			'2026-12-01T01:00:00.000Z',
		],
		[
			'waits between two windows of a split day',
			'2026-11-30T06:30:00.000Z',
			splitShift,
			'2026-11-30T07:00:00.000Z',
		],
	];
	for (const [name, instant, schedule, expected] of cases) {
		it(name, () => assert.equal(nextOpening(new Date(instant), schedule).toISOString(), expected));
	}

	it('returns a new Date, not its input', () => {
		const at = new Date('2026-11-24T02:00:00.000Z');
		assert.notEqual(nextOpening(at, technical), at);
	});

	/** The technical schedule closed on every Beijing date from 2026-01-01 for a number of days. */
	const closedFor = (days: number): Schedule => ({
		...technical,
		closedDates: Array.from({ length: days }, (_, i) =>
			isoDate(shiftDate(parseIsoDate('2026-01-01'), i)),
		),
	});

	it('finds an opening exactly 400 days ahead', () => {
		assert.equal(
			nextOpening(new Date('2026-01-01T00:00:00.000Z'), closedFor(400)).toISOString(),
			'2027-02-05T01:00:00.000Z',
		);
	});

	it('throws a RangeError when nothing opens within 400 days', () => {
		assert.throws(
			() => nextOpening(new Date('2026-01-01T00:00:00.000Z'), closedFor(401)),
			RangeError,
		);
	});

	it('throws a RangeError for a schedule without windows', () => {
		assert.throws(() => nextOpening(new Date('2026-01-01T00:00:00.000Z'), never), RangeError);
	});

	it('throws a RangeError for an invalid Date', () =>
		assert.throws(() => nextOpening(new Date(NaN), technical), RangeError));
});

describe('windowsFrom', () => {
	it('starts with the window containing the instant, then the next ones', () => {
		const from = windowsFrom(new Date('2026-11-24T15:30:00.000Z'), technical);
		const three = [from.next().value, from.next().value, from.next().value];
		assert.deepEqual(show(three), [
			'2026-11-24T01:00:00.000Z/2026-11-24T16:00:00.000Z',
			'2026-11-25T01:00:00.000Z/2026-11-25T16:00:00.000Z',
			'2026-11-26T01:00:00.000Z/2026-11-26T16:00:00.000Z',
		]);
	});

	it('skips a window that ends exactly at the instant', () => {
		const first = windowsFrom(new Date('2026-11-27T10:00:00.000Z'), billing).next().value;
		assert.deepEqual(show([first]), ['2026-11-30T01:00:00.000Z/2026-11-30T10:00:00.000Z']);
	});
});

describe('businessDayLength', () => {
	const cases: Array<[string, Schedule, number]> = [
		['gives 15 hours for the technical window', technical, 15 * 3_600_000],
		['gives 9 hours for China business hours', billing, 9 * 3_600_000],
		['gives 24 hours for the always schedule', always, 24 * 3_600_000],
		['ignores the DST change of a Helsinki all-day schedule', helsinkiAllDay, 24 * 3_600_000],
	];
	for (const [name, schedule, expected] of cases) {
		it(name, () => assert.equal(businessDayLength(schedule), expected));
	}

	it('throws a RangeError for windows of different lengths', () =>
		assert.throws(() => businessDayLength(splitShift), RangeError));
	it('throws a RangeError for a schedule without windows', () =>
		assert.throws(() => businessDayLength(never), RangeError));
});

describe('parseSchedule', () => {
	it('reads every schedule of the policy file', () => {
		for (const [name, raw] of Object.entries(policy.schedules)) {
			assert.equal(parseSchedule(raw).timeZone, 'Asia/Shanghai', name);
		}
	});

	it('drops a $comment key', () => {
		assert.equal(
			'$comment' in parseSchedule(policy.schedules['chinaBusiness'] as RawSchedule),
			false,
		);
	});

	const bad: Array<[string, RawSchedule]> = [
		['rejects weekday 8', { ...technical, windows: [{ days: [8], from: '09:00', to: '18:00' }] }],
		['rejects weekday 0', { ...technical, windows: [{ days: [0], from: '09:00', to: '18:00' }] }],
		['rejects an unknown time zone', { ...technical, timeZone: 'Asia/Beijing' }],
		['rejects a closed date that does not exist', { ...technical, closedDates: ['2026-02-29'] }],
		['rejects a malformed extra working date', { ...technical, extraWorkingDates: ['2026/10/10'] }],
		[
			'rejects a malformed window',
			{ ...technical, windows: [{ days: [1], from: '18:00', to: '09:00' }] },
		],
	];
	for (const [name, raw] of bad) {
		it(name, () => assert.throws(() => parseSchedule(raw), RangeError));
	}
});

describe('uncoveredYears', () => {
	it('reads the covered years from the data file', () => {
		assert.deepEqual(billing.calendarYears, [2026]);
		assert.equal(technical.calendarYears, undefined);
	});
	it('lists each year of the span, in the zone, that the calendar does not cover', () => {
		const span = (a: string, b: string) => uncoveredYears(new Date(a), new Date(b), billing);
		assert.deepEqual(span('2026-02-13T02:00:00Z', '2026-02-25T02:00:00Z'), []);
		// 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Beijing.
		assert.deepEqual(span('2026-12-31T17:00:00Z', '2026-12-31T18:00:00Z'), [2027]);
		assert.deepEqual(span('2025-12-31T01:00:00Z', '2028-01-03T01:00:00Z'), [2025, 2027, 2028]);
	});
	it('is empty for a schedule without a calendar', () => {
		assert.deepEqual(
			uncoveredYears(new Date('2030-01-01T00:00:00Z'), new Date('2031-01-01T00:00:00Z'), technical),
			[],
		);
	});
	it('rejects an invalid Date', () => {
		assert.throws(() => uncoveredYears(new Date(NaN), new Date(), billing), RangeError);
	});
});
