import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDateTime } from './format-date-time.ts';

const instant = new Date('2026-11-24T16:30:00Z');

describe('formatDateTime', () => {
	it('shows Beijing midnight of the next day as 00:30 on Wednesday', () => {
		const text = formatDateTime(instant, 'en', 'Asia/Shanghai');
		assert.match(text, /Wed/);
		assert.match(text, /25/);
		assert.match(text, /00:30/);
	});
	it('shows the same instant in Helsinki as 18:30 on Tuesday', () => {
		const text = formatDateTime(instant, 'en', 'Europe/Helsinki');
		assert.match(text, /Tue/);
		assert.match(text, /18:30/);
	});
	it('uses the Finnish time separator', () => {
		assert.match(formatDateTime(instant, 'fi', 'Europe/Helsinki'), /18\.30/);
	});
	it('writes a Finnish early hour without a leading zero (klo 3.00, as Finnish style has it)', () => {
		const text = formatDateTime(new Date('2026-11-24T01:00:00Z'), 'fi', 'Europe/Helsinki');
		assert.match(text, /klo 3\.00/);
	});
	it('keeps two-digit hours in English and Chinese', () => {
		assert.match(formatDateTime(new Date('2026-11-24T01:00:00Z'), 'en', 'UTC'), /01:00/);
		assert.match(formatDateTime(new Date('2026-11-24T01:00:00Z'), 'zh-CN', 'UTC'), /01:00/);
	});
	it('writes a Chinese date with spaces around the numbers, as Microsoft zh-CN style does', () => {
		assert.match(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai'), /^2026 年 11 月 25 日/);
	});
	it('does not depend on the host time zone', () => {
		// Same result whatever TZ the suite runs under (CI runs UTC, Asia/Shanghai, Europe/Helsinki).
		assert.match(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai'), /00:30/);
	});
});
