import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from './format-duration.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
	const cases = [
		{
			name: 'Chinese spaces digits from Han characters, as the dates beside it are written',
			ms: 5 * DAY + 10 * HOUR + 27 * MIN,
			lang: 'zh-CN',
			test: (s: string) => /^5 天.*10 小时.*27 分钟$/.test(s) && !/\d\p{Script=Han}/u.test(s),
		},
		{
			name: 'leaves out units that are zero',
			ms: 2 * HOUR,
			lang: 'en',
			test: (s: string) => /^2 h/.test(s) && !/min|day/.test(s),
		},
		{
			name: 'Finnish keeps its own short units',
			ms: 1 * DAY + 30 * MIN,
			lang: 'fi',
			test: (s: string) => s.startsWith('1 ') && s.includes('30') && !/\d\p{Script=Han}/u.test(s),
		},
	];
	for (const c of cases) {
		it(c.name, () => {
			const text = formatDuration(c.ms, c.lang);
			assert.ok(c.test(text), text);
		});
	}
});
