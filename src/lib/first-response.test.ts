import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import policy from '../../content/policy/support-policy.json' with { type: 'json' };
import {
	findResponseTarget,
	firstResponseDetail,
	firstResponseDue,
	type ResponseTargets,
	type ScheduleTable,
} from './first-response.ts';
import type { RequestType, Severity } from './severity.ts';
import { isoDate, zonedParts, zonedToInstant } from './zoned-time.ts';

// Typed by the JSON module itself: this also checks that the policy file fits the parameter types.
const targets: ResponseTargets = policy.responseTargets;
const schedules: ScheduleTable = policy.schedules;

/** A billing schedule with a holiday calendar, for tests only. */
function billingWith(calendar: {
	closedDates?: string[];
	extraWorkingDates?: string[];
}): ScheduleTable {
	return { ...schedules, chinaBusiness: { ...policy.schedules.chinaBusiness, ...calendar } };
}

/** `YYYY-MM-DD HH:MM` on a time zone's wall clock. */
function wallClock(instant: Date, timeZone: string): string {
	const p = zonedParts(instant, timeZone);
	return `${isoDate(p)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

type Case = [name: string, severity: Severity, type: RequestType, at: string, expected: string];

function table(cases: Case[], scheduleTable: ScheduleTable = schedules): void {
	for (const [name, severity, type, at, expected] of cases) {
		it(name, () => {
			assert.equal(
				firstResponseDue(severity, type, new Date(at), targets, scheduleTable).toISOString(),
				expected,
			);
		});
	}
}

describe('firstResponseDue: the worked examples of SUPPORT-POLICY §4', () => {
	table([
		[
			'answers a technical B opened Tuesday 10:00 Beijing by Wednesday 10:00',
			'B',
			'technical',
			'2026-11-24T10:00:00+08:00',
			'2026-11-25T02:00:00.000Z',
		],
		[
			'answers a technical B opened 23:30 Beijing by 23:30 the next day',
			'B',
			'technical',
			'2026-11-24T23:30:00+08:00',
			'2026-11-25T15:30:00.000Z',
		],
		[
			'answers a technical C opened 03:00 Beijing by 24:00 of the third day',
			'C',
			'technical',
			'2026-11-24T03:00:00+08:00',
			'2026-11-26T16:00:00.000Z',
		],
		[
			'answers a technical A opened 23:30 Beijing by 00:30 the next day',
			'A',
			'technical',
			'2026-11-24T23:30:00+08:00',
			'2026-11-24T16:30:00.000Z',
		],
		[
			'rolls a Friday 17:00 billing B to Monday 17:00',
			'B',
			'billing',
			'2026-11-27T17:00:00+08:00',
			'2026-11-30T09:00:00.000Z',
		],
	]);
});

describe('firstResponseDue: technical window edges', () => {
	table([
		[
			'runs a B opened exactly at 09:00 to 24:00 the same day',
			'B',
			'technical',
			'2026-11-24T09:00:00+08:00',
			'2026-11-24T16:00:00.000Z',
		],
		[
			'starts a B opened at 08:59:59 at 09:00 and ends it at 24:00',
			'B',
			'technical',
			'2026-11-24T08:59:59+08:00',
			'2026-11-24T16:00:00.000Z',
		],
		[
			'starts a B opened exactly at 24:00 (00:00) at 09:00 and ends it at 24:00',
			'B',
			'technical',
			'2026-11-25T00:00:00+08:00',
			'2026-11-25T16:00:00.000Z',
		],
		[
			'ends a C opened at 03:00 at 00:00 of the fourth day, not at 09:00',
			'C',
			'technical',
			'2026-11-24T03:00:00+08:00',
			'2026-11-26T16:00:00.000Z',
		],
		[
			'runs a C opened exactly at 09:00 to 24:00 of the third day',
			'C',
			'technical',
			'2026-11-24T09:00:00+08:00',
			'2026-11-26T16:00:00.000Z',
		],
		[
			'carries a B opened one second after 09:00 into the next day',
			'B',
			'technical',
			'2026-11-24T09:00:01+08:00',
			'2026-11-25T01:00:01.000Z',
		],
		[
			'runs an A opened at 08:59:59 round the clock to 09:59:59',
			'A',
			'technical',
			'2026-11-24T08:59:59+08:00',
			'2026-11-24T01:59:59.000Z',
		],
		[
			'runs an A opened on a Sunday night round the clock',
			'A',
			'technical',
			'2026-11-29T23:59:00+08:00',
			'2026-11-29T16:59:00.000Z',
		],
	]);
});

describe('firstResponseDue: billing weekends', () => {
	table([
		[
			'starts a Saturday billing B on Monday 09:00 and ends it Monday 18:00',
			'B',
			'billing',
			'2026-11-28T10:00:00+08:00',
			'2026-11-30T10:00:00.000Z',
		],
		[
			'ends a billing B opened Monday 09:00 at Monday 18:00, not Tuesday 09:00',
			'B',
			'billing',
			'2026-11-30T09:00:00+08:00',
			'2026-11-30T10:00:00.000Z',
		],
		[
			'starts a billing B opened Friday 18:00 on Monday and ends it at 18:00',
			'B',
			'billing',
			'2026-11-27T18:00:00+08:00',
			'2026-11-30T10:00:00.000Z',
		],
		[
			'rolls a Friday 17:00 billing C to Wednesday 17:00',
			'C',
			'billing',
			'2026-11-27T17:00:00+08:00',
			'2026-12-02T09:00:00.000Z',
		],
		[
			'starts a Sunday billing C on Monday and ends it Wednesday 18:00',
			'C',
			'billing',
			'2026-11-29T12:00:00+08:00',
			'2026-12-02T10:00:00.000Z',
		],
	]);

	it('throws for billing A, which the policy does not have', () => {
		assert.throws(
			() => firstResponseDue('A', 'billing', new Date('2026-11-24T02:00:00Z'), targets, schedules),
			/no first-response target for billing severity A/,
		);
	});
});

describe('firstResponseDue: closed dates and extra working dates', () => {
	describe('with Monday 2026-11-30 closed', () => {
		table(
			[
				[
					'skips the closed Monday to Tuesday 17:00',
					'B',
					'billing',
					'2026-11-27T17:00:00+08:00',
					'2026-12-01T09:00:00.000Z',
				],
			],
			billingWith({ closedDates: ['2026-11-30'] }),
		);
	});
	describe('with Saturday 2026-11-28 an extra working date', () => {
		table(
			[
				[
					'answers a Friday 17:00 billing B on Saturday 17:00',
					'B',
					'billing',
					'2026-11-27T17:00:00+08:00',
					'2026-11-28T09:00:00.000Z',
				],
				[
					'starts a Saturday billing B on Saturday 09:00',
					'B',
					'billing',
					'2026-11-28T08:00:00+08:00',
					'2026-11-28T10:00:00.000Z',
				],
			],
			billingWith({ extraWorkingDates: ['2026-11-28'] }),
		);
	});
	describe('with Friday closed and the Sunday after it worked', () => {
		table(
			[
				[
					'answers a Thursday 17:00 billing B on Sunday 17:00',
					'B',
					'billing',
					'2026-11-26T17:00:00+08:00',
					'2026-11-29T09:00:00.000Z',
				],
			],
			billingWith({ closedDates: ['2026-11-27'], extraWorkingDates: ['2026-11-29'] }),
		);
	});
	describe('with the technical schedule left as it is', () => {
		table(
			[
				[
					'ignores the billing calendar for a technical B',
					'B',
					'technical',
					'2026-11-29T10:00:00+08:00',
					'2026-11-30T02:00:00.000Z',
				],
			],
			billingWith({ closedDates: ['2026-11-30'] }),
		);
	});
});

describe('firstResponseDue: a reader in Helsinki around the 2026 DST changes', () => {
	const HELSINKI = 'Europe/Helsinki';
	const cases: Array<[string, string, Severity, RequestType, string, string]> = [
		[
			'gives A one hour after 23:30 on the night before the spring change',
			'2026-03-28 23:30',
			'A',
			'technical',
			'2026-03-28T22:30:00.000Z',
			'2026-03-29 00:30',
		],
		[
			'gives B at 24:00 Beijing, 19:00 Helsinki summer time, after the spring change',
			'2026-03-28 23:30',
			'B',
			'technical',
			'2026-03-29T16:00:00.000Z',
			'2026-03-29 19:00',
		],
		[
			'gives C three Beijing windows after the spring change',
			'2026-03-28 23:30',
			'C',
			'technical',
			'2026-03-31T16:00:00.000Z',
			'2026-03-31 19:00',
		],
		[
			'gives billing B on Monday 18:00 Beijing after the spring change',
			'2026-03-28 23:30',
			'B',
			'billing',
			'2026-03-30T10:00:00.000Z',
			'2026-03-30 13:00',
		],
		[
			'gives A one hour after 23:30 on the night before the autumn change',
			'2026-10-24 23:30',
			'A',
			'technical',
			'2026-10-24T21:30:00.000Z',
			'2026-10-25 00:30',
		],
		[
			'gives B at 24:00 Beijing, 18:00 Helsinki winter time, after the autumn change',
			'2026-10-24 23:30',
			'B',
			'technical',
			'2026-10-25T16:00:00.000Z',
			'2026-10-25 18:00',
		],
		[
			'reads a repeated 03:30 as the earlier one and gives A at the second 03:30',
			'2026-10-25 03:30',
			'A',
			'technical',
			'2026-10-25T01:30:00.000Z',
			'2026-10-25 03:30',
		],
	];
	for (const [name, opened, severity, type, expected, helsinkiDue] of cases) {
		it(name, () => {
			const [date = '', time = ''] = opened.split(' ');
			const [year, month, day] = date.split('-').map(Number);
			const [hour, minute] = time.split(':').map(Number);
			const at = zonedToInstant(
				{ year: year!, month: month!, day: day!, hour: hour!, minute: minute! },
				HELSINKI,
			);
			const due = firstResponseDue(severity, type, at, targets, schedules);
			assert.equal(due.toISOString(), expected);
			assert.equal(wallClock(due, HELSINKI), helsinkiDue);
		});
	}

	it('reads 23:30 Helsinki before the spring change as 21:30 UTC', () => {
		assert.equal(
			zonedToInstant(
				{ year: 2026, month: 3, day: 28, hour: 23, minute: 30 },
				HELSINKI,
			).toISOString(),
			'2026-03-28T21:30:00.000Z',
		);
	});

	it('reads 23:30 Helsinki before the autumn change as 20:30 UTC', () => {
		assert.equal(
			zonedToInstant(
				{ year: 2026, month: 10, day: 24, hour: 23, minute: 30 },
				HELSINKI,
			).toISOString(),
			'2026-10-24T20:30:00.000Z',
		);
	});
});

describe('firstResponseDue: bad input', () => {
	const at = new Date('2026-11-24T02:00:00Z');
	it('throws a RangeError for an invalid Date', () => {
		assert.throws(
			() => firstResponseDue('B', 'technical', new Date(NaN), targets, schedules),
			RangeError,
		);
	});
	it('throws when a target names a schedule that does not exist', () => {
		const withoutTechnical = Object.fromEntries(
			Object.entries(policy.schedules).filter(([name]) => name !== 'technical'),
		);
		assert.throws(
			() => firstResponseDue('B', 'technical', at, targets, withoutTechnical),
			/No schedule named "technical"/,
		);
	});
	it('throws when a target names a $ key', () => {
		const odd: ResponseTargets = { technical: { B: { hours: 1, schedule: '$comment' } } };
		assert.throws(
			() => firstResponseDue('B', 'technical', at, odd, { ...schedules, $comment: 'x' }),
			/No schedule named/,
		);
	});
	it('does not change its input Date', () => {
		const opened = new Date('2026-11-24T15:30:00Z');
		firstResponseDue('B', 'technical', opened, targets, schedules);
		assert.equal(opened.toISOString(), '2026-11-24T15:30:00.000Z');
	});
});

describe('findResponseTarget', () => {
	const cases: Array<[string, Severity, RequestType, unknown]> = [
		[
			'finds technical A as 1 hour round the clock',
			'A',
			'technical',
			{ hours: 1, schedule: 'always' },
		],
		[
			'finds technical C as 3 business days',
			'C',
			'technical',
			{ businessDays: 3, schedule: 'technical' },
		],
		[
			'finds billing B as 1 business day of China business hours',
			'B',
			'billing',
			{ businessDays: 1, schedule: 'chinaBusiness' },
		],
		['finds nothing for billing A', 'A', 'billing', undefined],
	];
	for (const [name, severity, type, expected] of cases) {
		it(name, () => assert.deepEqual(findResponseTarget(severity, type, targets), expected));
	}
});

describe("firstResponseDue: China's 2026 statutory calendar in the policy data", () => {
	table([
		[
			'rolls a billing B opened Wed 30 Sep 17:00 over National Day to Thu 8 Oct 17:00',
			'B',
			'billing',
			'2026-09-30T17:00:00+08:00',
			'2026-10-08T09:00:00.000Z',
		],
		[
			'counts the working Saturday 14 Feb and skips the Spring Festival for a billing C',
			'C',
			'billing',
			'2026-02-13T10:00:00+08:00',
			'2026-02-25T02:00:00.000Z',
		],
		[
			'leaves a technical B on National Day untouched: 1 Oct 10:00 to 2 Oct 10:00',
			'B',
			'technical',
			'2026-10-01T10:00:00+08:00',
			'2026-10-02T02:00:00.000Z',
		],
	]);
});

describe('firstResponseDetail: years the statutory calendar does not cover', () => {
	const detail = (sev: Severity, type: RequestType, at: string) =>
		firstResponseDetail(sev, type, new Date(at), targets, schedules);
	it('names no year for a billing deadline inside 2026', () => {
		const d = detail('B', 'billing', '2026-09-30T17:00:00+08:00');
		assert.equal(d.due.toISOString(), '2026-10-08T09:00:00.000Z');
		assert.deepEqual(d.uncoveredYears, []);
	});
	it('names 2027 for a billing B opened Friday 29 Jan 2027 17:00, counted Monday to Friday', () => {
		const d = detail('B', 'billing', '2027-01-29T17:00:00+08:00');
		assert.equal(d.due.toISOString(), '2027-02-01T09:00:00.000Z');
		assert.deepEqual(d.uncoveredYears, [2027]);
	});
	it('names 2027 for a billing span from 31 Dec 2026 into 1 Jan 2027', () => {
		const d = detail('B', 'billing', '2026-12-31T17:00:00+08:00');
		assert.equal(d.due.toISOString(), '2027-01-01T09:00:00.000Z');
		assert.deepEqual(d.uncoveredYears, [2027]);
	});
	it('names no year for technical requests, which follow no statutory calendar', () => {
		assert.deepEqual(detail('C', 'technical', '2027-06-01T10:00:00+08:00').uncoveredYears, []);
		assert.deepEqual(detail('A', 'technical', '2027-06-01T10:00:00+08:00').uncoveredYears, []);
	});
});
