import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { addWorkingTime } from './add-working-time.ts';
import {
	isOpen,
	nextOpening,
	parseSchedule,
	windowsOn,
	type RawSchedule,
	type Schedule,
} from './schedule.ts';
import { assessSeverity, type SeverityInput, type SeverityRules } from './severity.ts';
import { isoDate, parseIsoDate, shiftDate, zonedParts } from './zoned-time.ts';

const policy = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as {
	schedules: Record<string, RawSchedule>;
	severityRules: SeverityRules;
};
const realSchedules = Object.entries(policy.schedules)
	.filter(([name]) => !name.startsWith('$'))
	.map(([, raw]) => parseSchedule(raw));
/** Not in the policy: a Helsinki office schedule, so that DST changes are exercised too. */
const helsinkiOffice: Schedule = {
	timeZone: 'Europe/Helsinki',
	windows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '16:30' }],
	closedDates: [],
	extraWorkingDates: [],
};
const baseSchedules = [...realSchedules, helsinkiOffice];

const HOUR = 3_600_000;
const RUNS = 2000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 0, 1);

/** Start instants over 2026–2027: any millisecond, whole minutes, or whole Beijing hours (window edges). */
const startArb = fc
	.oneof(
		fc.integer({ min: FROM, max: TO - 1 }),
		fc.integer({ min: 0, max: (TO - FROM) / 60_000 - 1 }).map((m) => FROM + m * 60_000),
		fc.integer({ min: 0, max: (TO - FROM) / HOUR - 1 }).map((h) => FROM + h * HOUR),
	)
	.map((ms) => new Date(ms));

/** Durations of 0–200 hours: any millisecond, or whole half hours so deadlines hit window ends. */
const durationArb = fc.oneof(
	fc.integer({ min: 0, max: 200 * HOUR }),
	fc.integer({ min: 0, max: 400 }).map((n) => (n * HOUR) / 2),
	fc.constant(0),
);

/** Calendar dates of 2026–2027. */
const dateArb = fc
	.integer({ min: 0, max: 729 })
	.map((n) => isoDate(shiftDate(parseIsoDate('2026-01-01'), n)));

/** A policy schedule or the Helsinki one, as is or with random closed dates and extra working dates. */
const scheduleArb: fc.Arbitrary<Schedule> = fc.oneof(
	fc.constantFrom(...baseSchedules),
	fc
		.tuple(
			fc.constantFrom(...baseSchedules),
			fc.uniqueArray(dateArb, { maxLength: 60 }),
			fc.uniqueArray(dateArb, { maxLength: 30 }),
		)
		.map(([schedule, closedDates, extraWorkingDates]) => ({
			...schedule,
			closedDates,
			extraWorkingDates,
		})),
);

/** The schedule's open intervals on the calendar days from one instant's date to another's, one day either side. */
function intervalsAround(
	from: Date,
	to: Date,
	schedule: Schedule,
): Array<{ start: Date; end: Date }> {
	const last = isoDate(shiftDate(zonedParts(to, schedule.timeZone), 1));
	const intervals = [];
	for (let date = shiftDate(zonedParts(from, schedule.timeZone), -1); ; date = shiftDate(date, 1)) {
		intervals.push(...windowsOn(isoDate(date), schedule));
		if (isoDate(date) === last) return intervals;
	}
}

/** Working time between two instants, summed window by window (independent of addWorkingTime). */
function workedBetween(from: Date, to: Date, schedule: Schedule): number {
	return intervalsAround(from, to, schedule).reduce((sum, { start, end }) => {
		const overlap =
			Math.min(end.getTime(), to.getTime()) - Math.max(start.getTime(), from.getTime());
		return sum + Math.max(0, overlap);
	}, 0);
}

describe('addWorkingTime properties', () => {
	it('never puts the deadline before the start', () => {
		fc.assert(
			fc.property(scheduleArb, startArb, durationArb, (schedule, start, duration) => {
				assert.ok(addWorkingTime(start, duration, schedule) >= start);
			}),
			{ numRuns: RUNS },
		);
	});

	it('puts the deadline inside a window or exactly at a window end', () => {
		fc.assert(
			fc.property(scheduleArb, startArb, durationArb, (schedule, start, duration) => {
				const due = addWorkingTime(start, duration, schedule);
				const atEnd = intervalsAround(due, due, schedule).some(
					(w) => w.end.getTime() === due.getTime(),
				);
				assert.ok(isOpen(due, schedule) || atEnd, due.toISOString());
			}),
			{ numRuns: RUNS },
		);
	});

	it('runs exactly the duration inside windows, and the clock runs right up to the deadline', () => {
		fc.assert(
			fc.property(scheduleArb, startArb, durationArb, (schedule, start, duration) => {
				const due = addWorkingTime(start, duration, schedule);
				assert.equal(workedBetween(start, due, schedule), duration);
				if (duration > 0)
					assert.ok(
						isOpen(new Date(due.getTime() - 1), schedule),
						'the clock was stopped just before the deadline',
					);
				else assert.equal(due.getTime(), nextOpening(start, schedule).getTime());
			}),
			{ numRuns: RUNS },
		);
	});

	it('gives a strictly later deadline for a strictly longer duration', () => {
		fc.assert(
			fc.property(scheduleArb, startArb, durationArb, durationArb, (schedule, start, a, b) => {
				fc.pre(a !== b);
				const [short, long] = a < b ? [a, b] : [b, a];
				assert.ok(addWorkingTime(start, short, schedule) < addWorkingTime(start, long, schedule));
			}),
			{ numRuns: RUNS },
		);
	});

	it('adds up: add(add(s, a), b) = add(s, a + b) for b > 0, and nextOpening(add(s, a)) for b = 0', () => {
		fc.assert(
			fc.property(
				scheduleArb,
				startArb,
				durationArb,
				fc.oneof(durationArb, fc.constant(0)),
				(schedule, start, a, b) => {
					const first = addWorkingTime(start, a, schedule);
					const expected =
						b > 0 ? addWorkingTime(start, a + b, schedule) : nextOpening(first, schedule);
					assert.equal(addWorkingTime(first, b, schedule).toISOString(), expected.toISOString());
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('adds up for b = 0 exactly when the first deadline is open (not at a window end)', () => {
		fc.assert(
			fc.property(scheduleArb, startArb, durationArb, (schedule, start, a) => {
				const first = addWorkingTime(start, a, schedule);
				const same = addWorkingTime(first, 0, schedule).getTime() === first.getTime();
				assert.equal(same, isOpen(first, schedule));
			}),
			{ numRuns: RUNS },
		);
	});
});

describe('assessSeverity properties', () => {
	const inputArb: fc.Arbitrary<SeverityInput> = fc.record({
		type: fc.constantFrom('technical', 'billing'),
		impact: fc.constantFrom('down', 'degraded', 'minor'),
		scope: fc.constantFrom('many', 'one'),
		agreement: fc.constantFrom('yes', 'no'),
		resource: fc.constantFrom('yes', 'no'),
	});

	it('never gives A to billing, to no agreement or to no named person', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const blocked =
					input.type === 'billing' || input.agreement === 'no' || input.resource === 'no';
				if (blocked) assert.notEqual(assessSeverity(input, policy.severityRules).severity, 'A');
			}),
			{ numRuns: RUNS },
		);
	});

	it('lists lowering rules exactly when an A base became B', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const { severity, base, lowered } = assessSeverity(input, policy.severityRules);
				assert.equal(lowered.length > 0, base === 'A' && severity === 'B');
				assert.ok(
					severity === base || (base === 'A' && severity === 'B'),
					'only A is ever lowered, and only to B',
				);
			}),
			{ numRuns: RUNS },
		);
	});
});
