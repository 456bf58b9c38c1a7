import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clockText } from './clock-text.ts';

describe('clockText', () => {
	it('writes Finnish hours without a leading zero and with a full stop (klo 9.00)', () => {
		assert.equal(clockText('09:00', 'fi'), '9.00');
		assert.equal(clockText('18:00', 'fi'), '18.00');
		assert.equal(clockText('01:30', 'fi'), '1.30');
	});

	it('keeps two-digit hours with a colon in English and Chinese', () => {
		assert.equal(clockText('09:00', 'en'), '09:00');
		assert.equal(clockText('01:00', 'zh-CN'), '01:00');
	});

	it('writes the end of the day as 24, not 0 or 00, in every locale', () => {
		assert.equal(clockText('24:00', 'fi'), '24.00');
		assert.equal(clockText('24:00', 'en'), '24:00');
		assert.equal(clockText('24:00', 'zh-CN'), '24:00');
	});

	it('keeps midnight at the start of a day as 0 (fi) or 00', () => {
		assert.equal(clockText('00:00', 'fi'), '0.00');
		assert.equal(clockText('00:00', 'en'), '00:00');
	});
});
