import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
	needsAQuestions,
	CALCULATOR_CHOICES,
	parseCalculatorParams,
	parseOffsetDateTime,
	serializeCalculatorParams,
	toUtcSecondString,
	type CalculatorField,
	type CalculatorValues,
	type ParsedCalculatorParams,
} from './calculator-params.ts';

const NOW = new Date('2026-11-24T02:00:00.000Z');

/** The parse result with `at` as an ISO string, for deepEqual. */
function parsed(
	search: string,
): Omit<ParsedCalculatorParams, 'values'> & { values: Record<string, string> } {
	const { values, ...rest } = parseCalculatorParams(search, NOW);
	const { at, ...answers } = values;
	return { ...rest, values: at === undefined ? answers : { ...answers, at: at.toISOString() } };
}

describe('parseOffsetDateTime', () => {
	const accepted: Array<[string, string, string]> = [
		['reads minutes with a +08:00 offset', '2026-11-24T10:00+08:00', '2026-11-24T02:00:00.000Z'],
		['reads seconds with Z', '2026-11-24T10:00:00Z', '2026-11-24T10:00:00.000Z'],
		['reads a negative offset', '2026-11-24T10:00-05:30', '2026-11-24T15:30:00.000Z'],
		[
			'reads a fraction and cuts it to milliseconds',
			'2026-11-24T10:00:00.123456Z',
			'2026-11-24T10:00:00.123Z',
		],
		['reads a comma fraction', '2026-11-24T10:00:00,5Z', '2026-11-24T10:00:00.500Z'],
		[
			'reads a space before the offset as a decoded +',
			'2026-11-24T10:00 08:00',
			'2026-11-24T02:00:00.000Z',
		],
		['reads -00:00 as UTC', '2026-11-24T10:00-00:00', '2026-11-24T10:00:00.000Z'],
		['reads 24:00 as the end of that day', '2026-11-24T24:00+08:00', '2026-11-24T16:00:00.000Z'],
		['reads 24:00:00 at the end of February', '2026-02-28T24:00:00Z', '2026-03-01T00:00:00.000Z'],
		['accepts the extreme offset +14:00', '2026-11-24T10:00+14:00', '2026-11-23T20:00:00.000Z'],
		['accepts the extreme offset -14:00', '2026-11-24T10:00-14:00', '2026-11-25T00:00:00.000Z'],
		['accepts 29 February of a leap year', '2028-02-29T00:00Z', '2028-02-29T00:00:00.000Z'],
		['accepts 29 February 2000', '2000-02-29T00:00Z', '2000-02-29T00:00:00.000Z'],
		['accepts the last minute of 2100', '2100-12-31T23:59:59Z', '2100-12-31T23:59:59.000Z'],
		[
			'accepts a 2100 time whose instant falls in 2101',
			'2100-12-31T23:00-05:00',
			'2101-01-01T04:00:00.000Z',
		],
		[
			'accepts a 2000 time whose instant falls in 1999',
			'2000-01-01T00:00+14:00',
			'1999-12-31T10:00:00.000Z',
		],
	];
	for (const [name, raw, expected] of accepted) {
		it(name, () => {
			const result = parseOffsetDateTime(raw);
			assert.equal(result.ok ? result.value.toISOString() : result.code, expected);
		});
	}

	const rejected: Array<[string, string, string]> = [
		['rejects a time without an offset', '2026-11-24T10:00', 'missing-offset'],
		['rejects seconds without an offset', '2026-11-24T10:00:00.5', 'missing-offset'],
		[
			'rejects 30 February instead of rolling it into March',
			'2026-02-30T10:00Z',
			'impossible-date',
		],
		['rejects 29 February of a common year', '2026-02-29T10:00Z', 'impossible-date'],
		['rejects 29 February 2100', '2100-02-29T10:00Z', 'impossible-date'],
		['rejects 31 April', '2026-04-31T10:00Z', 'impossible-date'],
		['rejects month 13', '2026-13-01T10:00Z', 'impossible-date'],
		['rejects month 00', '2026-00-10T10:00Z', 'impossible-date'],
		['rejects day 00', '2026-11-00T10:00Z', 'impossible-date'],
		['rejects hour 25', '2026-11-24T25:00Z', 'impossible-date'],
		['rejects 24:01', '2026-11-24T24:01Z', 'impossible-date'],
		['rejects 24:00:01', '2026-11-24T24:00:01Z', 'impossible-date'],
		['rejects minute 60', '2026-11-24T10:60Z', 'impossible-date'],
		['rejects a leap second', '2026-12-31T23:59:60Z', 'impossible-date'],
		['rejects an offset beyond +14:00', '2026-11-24T10:00+15:00', 'impossible-date'],
		['rejects the offset +14:30', '2026-11-24T10:00+14:30', 'impossible-date'],
		['rejects offset minutes 60', '2026-11-24T10:00+01:60', 'impossible-date'],
		['reports an impossible date before a missing offset', '2026-02-30T10:00', 'impossible-date'],
		['rejects 1999', '1999-12-31T23:59Z', 'out-of-range'],
		['rejects 2101', '2101-01-01T00:00Z', 'out-of-range'],
		['rejects year 0000', '0000-01-01T00:00Z', 'out-of-range'],
		['rejects a date alone', '2026-11-24', 'malformed-date'],
		['rejects a space for T', '2026-11-24 10:00Z', 'malformed-date'],
		['rejects a lowercase t', '2026-11-24t10:00Z', 'malformed-date'],
		['rejects a lowercase z', '2026-11-24T10:00z', 'malformed-date'],
		['rejects a basic-format offset', '2026-11-24T10:00+0800', 'malformed-date'],
		['rejects an hour-only offset', '2026-11-24T10:00+08', 'malformed-date'],
		['rejects one-digit fields', '2026-1-24T10:00Z', 'malformed-date'],
		['rejects a five-digit year', '20260-11-24T10:00Z', 'malformed-date'],
		['rejects an empty fraction', '2026-11-24T10:00:00.Z', 'malformed-date'],
		['rejects full-width digits', '２０２６-11-24T10:00Z', 'malformed-date'],
		['rejects a time zone name', '2026-11-24T10:00[Asia/Shanghai]', 'malformed-date'],
		['rejects words', 'tomorrow', 'malformed-date'],
		['rejects surrounding spaces', ' 2026-11-24T10:00Z', 'malformed-date'],
		['rejects a trailing newline', '2026-11-24T10:00Z\n', 'malformed-date'],
	];
	for (const [name, raw, expected] of rejected) {
		it(name, () => {
			const result = parseOffsetDateTime(raw);
			assert.equal(result.ok ? result.value.toISOString() : result.code, expected);
		});
	}

	it('accepts a day exactly when the calendar has it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2000, max: 2100 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 31 }),
				(year, month, day) => {
					const raw = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T12:00Z`;
					const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
					const result = parseOffsetDateTime(raw);
					assert.equal(result.ok, real, raw);
					if (result.ok) assert.equal(result.value.getTime(), Date.UTC(year, month - 1, day, 12));
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('parseCalculatorParams', () => {
	const cases: Array<[string, string, ReturnType<typeof parsed>]> = [
		[
			'reads every answer and the opening time',
			'?type=technical&impact=down&scope=many&agreement=yes&resource=no&at=2026-11-24T10:00%2B08:00',
			{
				values: {
					type: 'technical',
					impact: 'down',
					scope: 'many',
					agreement: 'yes',
					resource: 'no',
					at: '2026-11-24T02:00:00.000Z',
				},
				atGiven: true,
				errors: [],
				missing: [],
			},
		],
		[
			'opens the request now when at is absent and lists the missing answers',
			'type=billing',
			{
				values: { type: 'billing', at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [],
				missing: ['impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'reads an unencoded + that the query decoding turned into a space',
			'at=2026-11-24T10:00+08:00',
			{
				values: { at: '2026-11-24T02:00:00.000Z' },
				atGiven: true,
				errors: [],
				missing: ['type', 'impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'reports a value in the wrong case as unknown',
			'type=Billing&impact=down',
			{
				values: { impact: 'down', at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [{ field: 'type', code: 'unknown-value', raw: 'Billing' }],
				missing: ['scope', 'agreement', 'resource'],
			},
		],
		[
			'reports a repeated answer even when both values agree',
			'scope=one&scope=one',
			{
				values: { at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [{ field: 'scope', code: 'repeated', raw: 'one, one' }],
				missing: ['type', 'impact', 'agreement', 'resource'],
			},
		],
		[
			'reports a repeated at and gives no opening time',
			'at=2026-11-24T10:00Z&at=2026-11-25T10:00Z',
			{
				values: {},
				atGiven: true,
				errors: [{ field: 'at', code: 'repeated', raw: '2026-11-24T10:00Z, 2026-11-25T10:00Z' }],
				missing: ['type', 'impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'reports an at without offset and does not fall back to now',
			'at=2026-11-24T10:00',
			{
				values: {},
				atGiven: true,
				errors: [{ field: 'at', code: 'missing-offset', raw: '2026-11-24T10:00' }],
				missing: ['type', 'impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'keeps markup in a raw value as plain text',
			'impact=%3Cb%3Edown%3C%2Fb%3E',
			{
				values: { at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [{ field: 'impact', code: 'unknown-value', raw: '<b>down</b>' }],
				missing: ['type', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'treats empty values as absent',
			'type=&at=',
			{
				values: { at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [],
				missing: ['type', 'impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'ignores an empty copy next to a real value',
			'type=&type=technical',
			{
				values: { type: 'technical', at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [],
				missing: ['impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'ignores unknown names and names in the wrong case',
			'lang=fi&Type=billing&utm_source=x',
			{
				values: { at: '2026-11-24T02:00:00.000Z' },
				atGiven: false,
				errors: [],
				missing: ['type', 'impact', 'scope', 'agreement', 'resource'],
			},
		],
		[
			'lists errors in field order',
			'at=x&resource=maybe&type=support',
			{
				values: {},
				atGiven: true,
				errors: [
					{ field: 'type', code: 'unknown-value', raw: 'support' },
					{ field: 'resource', code: 'unknown-value', raw: 'maybe' },
					{ field: 'at', code: 'malformed-date', raw: 'x' },
				],
				missing: ['impact', 'scope', 'agreement'],
			},
		],
	];
	for (const [name, search, expected] of cases) {
		it(name, () => assert.deepEqual(parsed(search), expected));
	}

	it('accepts URLSearchParams', () => {
		const result = parseCalculatorParams(new URLSearchParams({ agreement: 'no' }), NOW);
		assert.deepEqual(result.values, { agreement: 'no', at: NOW });
	});

	it('copies now instead of returning it', () => {
		assert.notEqual(parseCalculatorParams('', NOW).values.at, NOW);
	});

	it('throws a RangeError for an invalid now', () => {
		assert.throws(() => parseCalculatorParams('', new Date(NaN)), RangeError);
	});
});

describe('serializeCalculatorParams', () => {
	const cases: Array<[string, CalculatorValues, string]> = [
		[
			'writes every field in the fixed order with at in UTC seconds',
			{
				at: new Date('2026-11-24T02:00:00.999Z'),
				resource: 'yes',
				agreement: 'no',
				scope: 'one',
				impact: 'minor',
				type: 'billing',
			},
			'type=billing&impact=minor&scope=one&agreement=no&resource=yes&at=2026-11-24T02:00:00Z',
		],
		['leaves out absent fields', { impact: 'down', resource: 'no' }, 'impact=down&resource=no'],
		['writes nothing for no values', {}, ''],
	];
	for (const [name, values, expected] of cases) {
		it(name, () => assert.equal(serializeCalculatorParams(values), expected));
	}

	it('throws a RangeError for an invalid at', () => {
		assert.throws(() => serializeCalculatorParams({ at: new Date(NaN) }), RangeError);
	});
});

describe('toUtcSecondString', () => {
	const cases: Array<[string, string, string]> = [
		['drops milliseconds', '2026-11-24T02:00:00.999Z', '2026-11-24T02:00:00Z'],
		[
			'writes Beijing midnight as 16:00 the day before',
			'2026-11-24T00:00:00+08:00',
			'2026-11-23T16:00:00Z',
		],
		['pads a short year', '0050-01-02T03:04:05.000Z', '0050-01-02T03:04:05Z'],
	];
	for (const [name, instant, expected] of cases) {
		it(name, () => assert.equal(toUtcSecondString(new Date(instant)), expected));
	}

	it('throws a RangeError for an invalid Date', () =>
		assert.throws(() => toUtcSecondString(new Date(NaN)), RangeError));
});

describe('calculator params properties', () => {
	const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
	const validValues = fc.record({
		type: optional(fc.constantFrom(...CALCULATOR_CHOICES.type)),
		impact: optional(fc.constantFrom(...CALCULATOR_CHOICES.impact)),
		scope: optional(fc.constantFrom(...CALCULATOR_CHOICES.scope)),
		agreement: optional(fc.constantFrom(...CALCULATOR_CHOICES.agreement)),
		resource: optional(fc.constantFrom(...CALCULATOR_CHOICES.resource)),
		at: optional(
			fc
				.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2101, 0, 1) / 1000 - 1 })
				.map((s) => new Date(s * 1000)),
		),
	});

	/** The record without its undefined entries. */
	const defined = (values: Record<string, unknown>) =>
		Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

	it('reads back what it writes', () => {
		fc.assert(
			fc.property(validValues, (values) => {
				const result = parseCalculatorParams(
					serializeCalculatorParams(defined(values) as CalculatorValues),
					NOW,
				);
				assert.deepEqual(result.values, defined({ ...values, at: values.at ?? NOW }));
				assert.deepEqual(result.errors, []);
				assert.equal(result.atGiven, values.at !== undefined);
				assert.deepEqual(
					result.missing,
					(['type', 'impact', 'scope', 'agreement', 'resource'] as const).filter(
						(f) => values[f] === undefined,
					),
				);
			}),
			{ numRuns: 3000 },
		);
	});

	/** Checks the invariants of a parse result. */
	function checkInvariants(search: string): void {
		const result = parseCalculatorParams(search, NOW);
		const values: Record<string, unknown> = result.values;
		for (const error of result.errors)
			assert.equal(values[error.field], undefined, `${error.field} has an error and a value`);
		const seen = new Set<CalculatorField>([
			...result.errors.map((e) => e.field),
			...result.missing,
		]);
		assert.equal(
			seen.size,
			result.errors.length + result.missing.length,
			'a field is both missing and wrong',
		);
		for (const field of result.missing) assert.equal(values[field], undefined);
		if (result.values.at !== undefined) assert.ok(!Number.isNaN(result.values.at.getTime()));
		for (const error of result.errors) assert.equal(typeof error.raw, 'string');
	}

	const names = fc.constantFrom(
		'type',
		'impact',
		'scope',
		'agreement',
		'resource',
		'at',
		'Type',
		'x',
		'',
	);
	const pieces = fc.constantFrom(
		'=',
		'&',
		'%',
		'%2B',
		'+',
		'?',
		'#',
		'technical',
		'down',
		'yes',
		'2026-11-24T10:00',
		'Z',
		'+08:00',
		'\u0000',
		'\uD800',
	);
	const structured = fc
		.array(
			fc.tuple(
				names,
				fc.oneof(fc.string(), fc.string({ unit: pieces }), fc.string({ unit: 'binary' })),
			),
			{ maxLength: 8 },
		)
		.map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'));

	for (const [name, arbitrary] of [
		['ASCII strings', fc.string()],
		['full Unicode strings', fc.string({ unit: 'binary' })],
		['grapheme strings', fc.string({ unit: 'grapheme' })],
		['query-like strings', structured],
	] as const) {
		it(`never throws and never keeps a value for a wrong field, for ${name}`, () => {
			fc.assert(fc.property(arbitrary, checkInvariants), { numRuns: 3000 });
		});
	}

	it('never throws for arbitrary at values and accepts only instants it can write back', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ':', 'T', 'Z', '+', '.') }),
				),
				(raw) => {
					const result = parseOffsetDateTime(raw);
					if (result.ok) assert.match(toUtcSecondString(result.value), /^(1999|20\d\d|2100|2101)-/);
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('needsAQuestions', () => {
	it('asks agreement and resource only while severity A is possible', () => {
		assert.equal(needsAQuestions({}), true);
		assert.equal(needsAQuestions({ type: 'technical', impact: 'down', scope: 'many' }), true);
		assert.equal(needsAQuestions({ type: 'technical', impact: 'down' }), true);
		assert.equal(needsAQuestions({ type: 'billing', impact: 'down', scope: 'many' }), false);
		assert.equal(needsAQuestions({ type: 'technical', impact: 'degraded', scope: 'many' }), false);
		assert.equal(needsAQuestions({ type: 'technical', impact: 'minor' }), false);
		assert.equal(needsAQuestions({ type: 'technical', impact: 'down', scope: 'one' }), false);
	});
});
