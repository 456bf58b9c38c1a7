import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatCalendarDate } from './format-calendar-date.ts';

describe('formatCalendarDate', () => {
	const cases: [string, string, string, string][] = [
		['writes a policy date in Finnish', '2023-10-01', 'fi-FI', '1. lokakuuta 2023'],
		['writes it in English', '2023-10-01', 'en', 'October 1, 2023'],
		['spaces Chinese digits as the site does', '2023-10-01', 'zh-CN', '2023 年 10 月 1 日'],
		['keeps the calendar day whatever the time zone', '2021-07-31', 'en', 'July 31, 2021'],
	];
	for (const [name, date, lang, want] of cases) {
		it(name, () => assert.equal(formatCalendarDate(date, lang), want));
	}
	it('takes a Date at UTC midnight, as frontmatter dates are', () => {
		assert.equal(formatCalendarDate(new Date('2026-11-29T00:00:00Z'), 'en'), 'November 29, 2026');
	});
	it('throws a RangeError for an impossible date', () => {
		assert.throws(() => formatCalendarDate('2026-02-30x', 'en'), RangeError);
	});
});
