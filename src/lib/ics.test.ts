import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildIcs, escapeIcsText, foldIcsLine, icsDateTime } from './ics.ts';

/** Unfolds and splits an iCalendar file into [name, value] pairs, unescaping TEXT values. */
function parse(ics: string): Array<[string, string]> {
	assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
	assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line ends');
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean)
		.map((line) => {
			const colon = line.indexOf(':');
			const value = line
				.slice(colon + 1)
				.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
			return [line.slice(0, colon), value];
		});
}

const octets = (s: string) => new TextEncoder().encode(s).length;

const event = {
	uid: 'first-response-20261125T020000Z@support-guide',
	start: new Date('2026-11-25T02:00:00Z'),
	durationMinutes: 15,
	alarmMinutesBefore: 15,
	summary:
		'首次响应截止：严重级别 B（世纪互联运营的 Microsoft 365），请准备好联系方式; 逗号, 反斜杠 \\',
	description:
		'严重级别 B：服务可用，但功能受限。\n首次响应截止时间：北京时间 2026年11月25日 10:00。\n' +
		'这是一段很长的中文说明，用来检查折行时不会把一个 UTF-8 字符拆成两半。'.repeat(3),
	stamp: new Date('2026-11-24T02:00:00.123Z'),
	url: 'https://example.org/zh-cn/severity-and-response-times/?type=technical&impact=degraded',
};

describe('buildIcs', () => {
	const ics = buildIcs(event);
	const props = parse(ics);
	const get = (name: string) => props.filter(([n]) => n === name).map(([, v]) => v);

	it('writes one VEVENT with a VALARM, in order', () => {
		assert.deepEqual(
			props.filter(([n]) => n === 'BEGIN' || n === 'END').map(([n, v]) => `${n}:${v}`),
			[
				'BEGIN:VCALENDAR',
				'BEGIN:VEVENT',
				'BEGIN:VALARM',
				'END:VALARM',
				'END:VEVENT',
				'END:VCALENDAR',
			],
		);
		assert.deepEqual(get('VERSION'), ['2.0']);
		assert.equal(get('PRODID').length, 1);
	});

	it('writes DTSTART and DTSTAMP in UTC and a reminder 15 minutes before', () => {
		assert.deepEqual(get('DTSTART'), ['20261125T020000Z']);
		assert.deepEqual(get('DTSTAMP'), ['20261124T020000Z']);
		assert.deepEqual(get('TRIGGER'), ['-PT15M']);
		assert.deepEqual(get('ACTION'), ['DISPLAY']);
		assert.deepEqual(get('DURATION'), ['PT15M']);
	});

	it('round-trips the summary, description and address through escaping and folding', () => {
		assert.deepEqual(get('SUMMARY'), [event.summary]);
		assert.deepEqual(get('DESCRIPTION'), [event.description, event.summary]);
		assert.deepEqual(get('UID'), [event.uid]);
		assert.deepEqual(get('URL'), [event.url]);
	});

	it('folds every line to 75 octets at most, never inside a UTF-8 character', () => {
		const raw = ics.split('\r\n');
		assert.ok(raw.length > props.length + 3, 'long Chinese lines were folded');
		for (const line of raw) {
			assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
			assert.doesNotMatch(line, /\uFFFD/);
		}
	});

	it('rejects an invalid date or duration', () => {
		assert.throws(() => buildIcs({ ...event, start: new Date(NaN) }), RangeError);
		assert.throws(() => buildIcs({ ...event, durationMinutes: 0 }), RangeError);
	});
});

describe('ics helpers', () => {
	it('formats UTC date-times without milliseconds', () => {
		assert.equal(icsDateTime(new Date('2027-01-01T09:05:07.999Z')), '20270101T090507Z');
	});
	it('escapes backslash first, then ; , and line breaks', () => {
		assert.equal(escapeIcsText('a\\b;c,d\r\ne\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
	});
	it('folds ASCII at exactly 75 octets and continuation lines at 74 plus the space', () => {
		const folded = foldIcsLine('x'.repeat(200)).split('\r\n');
		assert.deepEqual(
			folded.map((l) => l.length),
			[75, 75, 52],
		);
		assert.ok(folded.slice(1).every((l) => l.startsWith(' ')));
	});
	it('moves a three-octet character that would cross the limit to the next line', () => {
		const folded = foldIcsLine('x'.repeat(74) + '中文').split('\r\n');
		assert.equal(folded[0], 'x'.repeat(74));
		assert.equal(folded[1], ' 中文');
	});
});
