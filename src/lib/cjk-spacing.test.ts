import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spaceHanDigits } from './cjk-spacing.ts';

describe('spaceHanDigits', () => {
	const cases = [
		['spaces a long date', '2026年11月29日', '2026 年 11 月 29 日'],
		[
			'spaces a date with weekday and time',
			'2026年11月24日周二 10:00',
			'2026 年 11 月 24 日周二 10:00',
		],
		['keeps spaces that are already there', '2026 年 11 月', '2026 年 11 月'],
		[
			'leaves Finnish and English alone',
			'29. marraskuuta 2026, Nov 29, 2026',
			'29. marraskuuta 2026, Nov 29, 2026',
		],
		[
			'does not space digits next to Latin letters or punctuation',
			'UTC+8，10:00（北京时间）',
			'UTC+8，10:00（北京时间）',
		],
	] as const;
	for (const [name, input, expected] of cases) {
		it(name, () => assert.equal(spaceHanDigits(input), expected));
	}
});
