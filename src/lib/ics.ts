/** One calendar event: a point in time with a reminder before it. */
export type IcsEvent = {
	/** A globally unique id, e.g. `first-response-20261125T020000Z@example.org`. */
	readonly uid: string;
	/** When the event starts (written in UTC). */
	readonly start: Date;
	/** How long it lasts, in minutes (at least 1). */
	readonly durationMinutes: number;
	/** Minutes before `start` the reminder goes off (0 or more). */
	readonly alarmMinutesBefore: number;
	readonly summary: string;
	readonly description: string;
	/** When the file is made (DTSTAMP). */
	readonly stamp: Date;
	/** An address to open, e.g. the page the deadline came from. */
	readonly url?: string;
};

const encoder = new TextEncoder();

/** An instant as an RFC 5545 UTC date-time, `YYYYMMDDTHHMMSSZ`; RangeError for an invalid Date. */
export function icsDateTime(instant: Date): string {
	if (Number.isNaN(instant.getTime())) throw new RangeError('icsDateTime: invalid Date');
	return instant
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** Escapes TEXT (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeIcsText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, continuation
 * lines begin with one space, and a multi-byte character is never split.
 */
export function foldIcsLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
		if (octets + size > limit) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) with one event and a display reminder: CRLF line ends, UTC times,
 * escaped and folded text. Throws a RangeError for an invalid Date or duration.
 */
export function buildIcs(event: IcsEvent): string {
	if (!(event.durationMinutes >= 1) || !(event.alarmMinutesBefore >= 0)) {
		throw new RangeError('buildIcs: duration must be ≥ 1 minute and the alarm ≥ 0 minutes before');
	}
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//m365-support-guide//first-response//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${escapeIcsText(event.uid)}`,
		`DTSTAMP:${icsDateTime(event.stamp)}`,
		`DTSTART:${icsDateTime(event.start)}`,
		`DURATION:PT${Math.round(event.durationMinutes)}M`,
		`SUMMARY:${escapeIcsText(event.summary)}`,
		`DESCRIPTION:${escapeIcsText(event.description)}`,
		...(event.url ? [`URL:${event.url}`] : []),
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`TRIGGER:-PT${Math.round(event.alarmMinutesBefore)}M`,
		`DESCRIPTION:${escapeIcsText(event.summary)}`,
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
