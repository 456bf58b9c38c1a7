import type { SeverityInput } from './severity.ts';

/** A severity answer's name in the query string. */
export type SeverityField = keyof SeverityInput;

/** A calculator parameter's name in the query string (SUPPORT-POLICY §5). */
export type CalculatorField = SeverityField | 'at';

/** Why a parameter's value was not accepted. */
export type CalculatorErrorCode =
	| 'unknown-value'
	| 'repeated'
	| 'malformed-date'
	| 'impossible-date'
	| 'missing-offset'
	| 'out-of-range';

/** A rejected parameter: its name, why, and the value as given (plain text; the UI inserts it as text). */
export type CalculatorError = { field: CalculatorField; code: CalculatorErrorCode; raw: string };

/** The calculator's state: any accepted answers, and when the request is opened. */
export type CalculatorValues = Partial<SeverityInput> & { at?: Date };

/** What `parseCalculatorParams` read from a query string. */
export type ParsedCalculatorParams = {
	/** Accepted values only; `at` is `now` when the query has none. */
	values: CalculatorValues;
	/** Whether the query gave a non-empty `at` (accepted or not). */
	atGiven: boolean;
	/** One entry per rejected parameter, in field order. */
	errors: CalculatorError[];
	/** Severity answers the query does not give (absent or empty). */
	missing: SeverityField[];
};

/** The accepted values of each severity answer, in the order the calculator offers them. */
export const CALCULATOR_CHOICES: { readonly [F in SeverityField]: readonly SeverityInput[F][] } = {
	type: ['technical', 'billing'],
	impact: ['down', 'degraded', 'minor'],
	scope: ['many', 'one'],
	agreement: ['yes', 'no'],
	resource: ['yes', 'no'],
};

/** The parameters in their fixed query-string order. */
export const CALCULATOR_FIELDS: readonly CalculatorField[] = [
	'type',
	'impact',
	'scope',
	'agreement',
	'resource',
	'at',
];

const SEVERITY_FIELDS: readonly SeverityField[] = [
	'type',
	'impact',
	'scope',
	'agreement',
	'resource',
];

/** The earliest and latest calendar year accepted in `at`, as written (before applying the offset). */
export const AT_YEARS = { min: 2000, max: 2100 } as const;

/** The result of reading an `at` value: an instant, or why not. */
export type DateTimeResult =
	| { ok: true; value: Date }
	| { ok: false; code: 'malformed-date' | 'impossible-date' | 'missing-offset' | 'out-of-range' };

// A space before the offset is a '+' that form decoding turned into a space.
const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+\- ](\d{2}):(\d{2}))?$/;

/** Whether a year has 29 February (proleptic Gregorian). */
function isLeapYear(year: number): boolean {
	return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The offset's minutes east of UTC written in an offset group: Z, ±HH:MM or ' HH:MM'. */
function offsetMinutes(sign: string, hours: number, minutes: number): number {
	if (sign === 'Z') return 0;
	return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Reads an ISO 8601 date-time with an offset: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` then `Z` or
 * `±HH:MM` (uppercase T and Z; a space in place of '+' is read as '+'; the fraction is cut to
 * milliseconds); 24:00 (no seconds or fraction beyond zero) is the end of that day, the next
 * day's 00:00. Checks in this order: shape ('malformed-date'), calendar and clock values,
 * including 24:01, second 60 and offsets beyond ±14:00 ('impossible-date'), the offset
 * ('missing-offset'), then the written year within 2000–2100 ('out-of-range'). Never throws.
 */
export function parseOffsetDateTime(raw: string): DateTimeResult {
	const m = DATE_TIME.exec(raw);
	if (m === null) return { ok: false, code: 'malformed-date' };
	const field = (index: number) => Number(m[index] ?? '0');
	const [year, month, day, hour, minute, second] = [
		field(1),
		field(2),
		field(3),
		field(4),
		field(5),
		field(6),
	] as const;
	const [offsetHours, offsetMins] = [field(9), field(10)] as const;
	const possible =
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month) &&
		(hour <= 23 || (hour === 24 && minute === 0 && second === 0 && !m[7])) &&
		minute <= 59 &&
		second <= 59 &&
		offsetMins <= 59 &&
		offsetHours * 60 + offsetMins <= 14 * 60;
	if (!possible) return { ok: false, code: 'impossible-date' };
	const sign = m[8]?.[0];
	if (sign === undefined) return { ok: false, code: 'missing-offset' };
	if (year < AT_YEARS.min || year > AT_YEARS.max) return { ok: false, code: 'out-of-range' };
	const ms = Number((m[7] ?? '').slice(0, 3).padEnd(3, '0'));
	const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
	return {
		ok: true,
		value: new Date(local - offsetMinutes(sign, offsetHours, offsetMins) * 60_000),
	};
}

/** Whether a string is one of a field's accepted values (exact, case-sensitive). */
function isChoice<F extends SeverityField>(field: F, raw: string): raw is SeverityInput[F] {
	return (CALCULATOR_CHOICES[field] as readonly string[]).includes(raw);
}

/**
 * Reads the calculator's state from a query string (with or without '?') or URLSearchParams.
 * Names and values are exact and case-sensitive (`type=Billing` is an unknown value); unknown
 * names are ignored; an empty value counts as absent; a name given twice or more with values is
 * 'repeated' (raw: the values joined by ', '), even when the values agree. A rejected field has
 * no value. Without `at` the request is opened at `now` (copied). Throws a RangeError only for an
 * invalid `now`.
 */
export function parseCalculatorParams(
	search: string | URLSearchParams,
	now: Date,
): ParsedCalculatorParams {
	if (Number.isNaN(now.getTime()))
		throw new RangeError('parseCalculatorParams: now is an invalid Date');
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const result: ParsedCalculatorParams = { values: {}, atGiven: false, errors: [], missing: [] };
	const given = (field: CalculatorField) => params.getAll(field).filter((v) => v !== '');
	for (const field of SEVERITY_FIELDS) {
		const [raw, ...more] = given(field);
		if (raw === undefined) result.missing.push(field);
		else if (more.length > 0)
			result.errors.push({ field, code: 'repeated', raw: [raw, ...more].join(', ') });
		else if (isChoice(field, raw)) Object.assign(result.values, { [field]: raw });
		else result.errors.push({ field, code: 'unknown-value', raw });
	}
	const [raw, ...more] = given('at');
	result.atGiven = raw !== undefined;
	if (raw === undefined) result.values.at = new Date(now.getTime());
	else if (more.length > 0)
		result.errors.push({ field: 'at', code: 'repeated', raw: [raw, ...more].join(', ') });
	else {
		const at = parseOffsetDateTime(raw);
		if (at.ok) result.values.at = at.value;
		else result.errors.push({ field: 'at', code: at.code, raw });
	}
	return result;
}

/**
 * Formats an instant as `YYYY-MM-DDTHH:MM:SSZ` in UTC, milliseconds dropped (the `datetime`
 * contract of SUPPORT-POLICY §5). Throws a RangeError for an invalid Date or a year outside 0–9999.
 */
export function toUtcSecondString(date: Date): string {
	const year = date.getUTCFullYear();
	if (!(year >= 0 && year <= 9999))
		throw new RangeError('toUtcSecondString: invalid Date or year outside 0–9999');
	const pad = (n: number) => String(n).padStart(2, '0');
	const day = `${String(year).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`;
}

/**
 * Writes the calculator's state as a query string without '?', in the order type, impact, scope,
 * agreement, resource, at; absent values are left out, `at` is written in UTC to the second.
 * Throws a RangeError for an invalid `at`.
 */
export function serializeCalculatorParams(values: CalculatorValues): string {
	const pairs: string[] = [];
	for (const field of SEVERITY_FIELDS) {
		const value = values[field];
		if (value !== undefined) pairs.push(`${field}=${encodeURIComponent(value)}`);
	}
	if (values.at !== undefined) pairs.push(`at=${toUtcSecondString(values.at)}`);
	return pairs.join('&');
}

/**
 * Whether the answers `agreement` and `resource` can still change the severity: only a technical
 * request whose impact and scope are (or may still become) `down` and `many` can be A. Unknown
 * answers count as "may still become".
 */
export function needsAQuestions(values: Partial<SeverityInput>): boolean {
	if (values.type === 'billing') return false;
	if (values.impact !== undefined && values.impact !== 'down') return false;
	return values.scope !== 'one';
}
