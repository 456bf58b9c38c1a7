import { spaceHanDigits } from './cjk-spacing.ts';

/**
 * A date-time in an explicit time zone for a language, with weekday and 24-hour clock
 * (`Wed, Nov 25, 2026, 10:00`; Finnish writes `ke 25.11.2026 klo 10.00`, and `klo 3.00` with no
 * leading zero, as Finnish style has it; Chinese `2026 年 11 月 25 日周三 10:00`, spaced as
 * Microsoft's zh-CN style writes numbers).
 */
export function formatDateTime(instant: Date, langTag: string, timeZone: string): string {
	const text = new Intl.DateTimeFormat(langTag, {
		timeZone,
		weekday: 'short',
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: langTag.split('-')[0] === 'fi' ? 'numeric' : '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(instant);
	// Only Chinese has Han characters to space; other languages come back unchanged.
	return spaceHanDigits(text);
}
