import { spaceHanDigits } from './cjk-spacing.ts';

/**
 * A calendar date in a language's long form (`1. lokakuuta 2023`, `2023 年 10 月 1 日`): a
 * `YYYY-MM-DD` string (policy data) or a Date at UTC midnight (frontmatter), read in UTC so the
 * day never shifts with the reader's time zone.
 */
export function formatCalendarDate(date: Date | string, langTag: string): string {
	const day = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
	if (Number.isNaN(day.getTime())) throw new RangeError(`not a calendar date: ${String(date)}`);
	return spaceHanDigits(
		new Intl.DateTimeFormat(langTag, { dateStyle: 'long', timeZone: 'UTC' }).format(day),
	);
}
