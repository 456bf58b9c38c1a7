import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
	isoDate,
	isoWeekday,
	parseIsoDate,
	shiftDate,
	zonedParts,
	zonedToInstant,
	zoneOffsetMs,
	type WallClock,
} from './zoned-time.ts';

const HELSINKI = 'Europe/Helsinki';
const SHANGHAI = 'Asia/Shanghai';

/** `YYYY-MM-DD HH:MM:SS w` for compact assertions. */
function show(instant: string, timeZone: string): string {
	const p = zonedParts(new Date(instant), timeZone);
	const time = [p.hour, p.minute, p.second].map((n) => String(n).padStart(2, '0')).join(':');
	return `${isoDate(p)} ${time} ${p.weekday}`;
}

function wall(text: string): WallClock {
	const [date = '', time = ''] = text.split(' ');
	const [hour, minute] = time.split(':').map(Number);
	return { ...parseIsoDate(date), hour: hour ?? NaN, minute: minute ?? NaN };
}

describe('zonedParts', () => {
	const cases: Array<[string, string, string, string]> = [
		[
			'reads Beijing time on a Tuesday',
			'2026-11-24T02:00:00.000Z',
			SHANGHAI,
			'2026-11-24 10:00:00 2',
		],
		[
			'reads Beijing midnight as hour 0, not 24',
			'2026-11-23T16:00:00.000Z',
			SHANGHAI,
			'2026-11-24 00:00:00 2',
		],
		[
			'reads the last second of a Beijing day',
			'2026-11-24T15:59:59.999Z',
			SHANGHAI,
			'2026-11-24 23:59:59 2',
		],
		[
			'reads Helsinki winter time just before the spring change',
			'2026-03-29T00:59:59.000Z',
			HELSINKI,
			'2026-03-29 02:59:59 7',
		],
		[
			'reads Helsinki summer time at the spring change',
			'2026-03-29T01:00:00.000Z',
			HELSINKI,
			'2026-03-29 04:00:00 7',
		],
		[
			'reads Helsinki summer time just before the autumn change',
			'2026-10-25T00:59:59.000Z',
			HELSINKI,
			'2026-10-25 03:59:59 7',
		],
		[
			'reads Helsinki winter time at the autumn change',
			'2026-10-25T01:00:00.000Z',
			HELSINKI,
			'2026-10-25 03:00:00 7',
		],
		['reads a Monday as weekday 1', '2026-11-23T12:00:00.000Z', 'UTC', '2026-11-23 12:00:00 1'],
		['reads a date before year 100', '0050-06-01T12:00:00.000Z', 'UTC', '0050-06-01 12:00:00 3'],
	];
	for (const [name, instant, zone, expected] of cases) {
		it(name, () => assert.equal(show(instant, zone), expected));
	}

	it('throws a RangeError for an invalid Date', () => {
		assert.throws(() => zonedParts(new Date(NaN), SHANGHAI), RangeError);
	});

	it('throws a RangeError for an unknown time zone', () => {
		assert.throws(() => zonedParts(new Date(0), 'Mars/Olympus_Mons'), RangeError);
	});
});

describe('zoneOffsetMs', () => {
	const cases: Array<[string, string, string, number]> = [
		['gives Beijing +08:00', '2026-07-01T00:00:00.000Z', SHANGHAI, 8 * 3_600_000],
		['gives Helsinki +02:00 in winter', '2026-03-29T00:59:59.500Z', HELSINKI, 2 * 3_600_000],
		['gives Helsinki +03:00 in summer', '2026-03-29T01:00:00.000Z', HELSINKI, 3 * 3_600_000],
		[
			'gives Helsinki +02:00 again after the autumn change',
			'2026-10-25T01:00:00.000Z',
			HELSINKI,
			2 * 3_600_000,
		],
	];
	for (const [name, instant, zone, expected] of cases) {
		it(name, () => assert.equal(zoneOffsetMs(new Date(instant), zone), expected));
	}
});

describe('zonedToInstant', () => {
	const cases: Array<[string, string, string, string]> = [
		[
			'turns Beijing 10:00 into 02:00 UTC',
			'2026-11-24 10:00',
			SHANGHAI,
			'2026-11-24T02:00:00.000Z',
		],
		[
			'turns Beijing 24:00 into the next midnight',
			'2026-11-24 24:00',
			SHANGHAI,
			'2026-11-24T16:00:00.000Z',
		],
		[
			'turns Helsinki winter noon into 10:00 UTC',
			'2026-01-15 12:00',
			HELSINKI,
			'2026-01-15T10:00:00.000Z',
		],
		[
			'turns Helsinki summer noon into 09:00 UTC',
			'2026-07-01 12:00',
			HELSINKI,
			'2026-07-01T09:00:00.000Z',
		],
		[
			'keeps the minute before the spring gap in winter time',
			'2026-03-29 02:59',
			HELSINKI,
			'2026-03-29T00:59:00.000Z',
		],
		[
			'moves the start of the spring gap forward by an hour',
			'2026-03-29 03:00',
			HELSINKI,
			'2026-03-29T01:00:00.000Z',
		],
		[
			'moves a time inside the spring gap forward by an hour',
			'2026-03-29 03:30',
			HELSINKI,
			'2026-03-29T01:30:00.000Z',
		],
		[
			'reads the first minute after the spring gap in summer time',
			'2026-03-29 04:00',
			HELSINKI,
			'2026-03-29T01:00:00.000Z',
		],
		[
			'keeps the minute before the repeated hour in summer time',
			'2026-10-25 02:59',
			HELSINKI,
			'2026-10-24T23:59:00.000Z',
		],
		[
			'picks the earlier of a repeated 03:00',
			'2026-10-25 03:00',
			HELSINKI,
			'2026-10-25T00:00:00.000Z',
		],
		[
			'picks the earlier of a repeated 03:30',
			'2026-10-25 03:30',
			HELSINKI,
			'2026-10-25T00:30:00.000Z',
		],
		[
			'reads 04:00 after the repeated hour in winter time',
			'2026-10-25 04:00',
			HELSINKI,
			'2026-10-25T02:00:00.000Z',
		],
		[
			'reads Beijing on the Helsinki spring change day',
			'2026-03-29 03:30',
			SHANGHAI,
			'2026-03-28T19:30:00.000Z',
		],
		['handles a year before 100', '0050-01-01 00:00', 'UTC', '0050-01-01T00:00:00.000Z'],
	];
	for (const [name, text, zone, expected] of cases) {
		it(name, () => assert.equal(zonedToInstant(wall(text), zone).toISOString(), expected));
	}

	it('throws a RangeError for a non-integer field', () => {
		assert.throws(
			() => zonedToInstant({ year: 2026, month: 1, day: 1, hour: 9.5, minute: 0 }, SHANGHAI),
			RangeError,
		);
	});

	it('inverts zonedParts for every minute of 2026–2027, except the second pass of a repeated hour', () => {
		const start = Date.UTC(2026, 0, 1);
		const end = Date.UTC(2028, 0, 1);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: (end - start) / 60_000 }),
				fc.constantFrom(SHANGHAI, HELSINKI),
				(minute, zone) => {
					const instant = new Date(start + minute * 60_000);
					const back = zonedToInstant(zonedParts(instant, zone), zone).getTime();
					const repeated = back === instant.getTime() - 3_600_000 && zone === HELSINKI;
					assert.ok(back === instant.getTime() || repeated, `${instant.toISOString()} in ${zone}`);
				},
			),
			{ numRuns: 5000 },
		);
	});
});

describe('calendar dates', () => {
	const formats: Array<[string, { year: number; month: number; day: number }, string]> = [
		['pads month and day', { year: 2026, month: 3, day: 9 }, '2026-03-09'],
		['pads a short year', { year: 50, month: 12, day: 31 }, '0050-12-31'],
	];
	for (const [name, date, expected] of formats) {
		it(`isoDate ${name}`, () => assert.equal(isoDate(date), expected));
	}

	const shifts: Array<[string, string, number, string]> = [
		['steps into the next year', '2026-12-31', 1, '2027-01-01'],
		['steps back to the end of a short February', '2026-03-01', -1, '2026-02-28'],
		['steps back to a leap day', '2024-03-01', -1, '2024-02-29'],
		['steps over 400 days', '2026-01-01', 400, '2027-02-05'],
		['keeps the date for zero days', '2026-11-24', 0, '2026-11-24'],
	];
	for (const [name, from, days, expected] of shifts) {
		it(`shiftDate ${name}`, () =>
			assert.equal(isoDate(shiftDate(parseIsoDate(from), days)), expected));
	}

	for (const bad of [
		'2026-02-30',
		'2026-13-01',
		'2026-2-3',
		'2026-11-24T00:00',
		'',
		'２０２６-01-01',
	]) {
		it(`parseIsoDate rejects ${JSON.stringify(bad)}`, () =>
			assert.throws(() => parseIsoDate(bad), RangeError));
	}

	const weekdays: Array<[string, string, number]> = [
		['gives Tuesday for 2026-11-24', '2026-11-24', 2],
		['gives Sunday as 7', '2026-03-29', 7],
		['gives Monday as 1', '2026-03-30', 1],
	];
	for (const [name, date, expected] of weekdays) {
		it(`isoWeekday ${name}`, () => assert.equal(isoWeekday(parseIsoDate(date)), expected));
	}
});
