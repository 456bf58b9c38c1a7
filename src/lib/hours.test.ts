import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { daysPattern, offsetMinutes, toUtcTime } from './hours.ts';

describe('daysPattern', () => {
	it('recognises every day of the week in any order', () => {
		assert.equal(daysPattern([7, 1, 2, 3, 4, 5, 6]), 'every-day');
	});
	it('recognises Monday to Friday', () => {
		assert.equal(daysPattern([1, 2, 3, 4, 5]), 'weekdays');
	});
	it('calls anything else custom', () => {
		assert.equal(daysPattern([1, 2, 3]), 'custom');
		assert.equal(daysPattern([2, 3, 4, 5, 6]), 'custom');
	});
});

describe('offsetMinutes', () => {
	it('reads positive and negative offsets', () => {
		assert.equal(offsetMinutes('+08:00'), 480);
		assert.equal(offsetMinutes('-03:30'), -210);
	});
	it('rejects text that is not an offset', () => {
		assert.throws(() => offsetMinutes('UTC+8'), RangeError);
	});
});

describe('toUtcTime', () => {
	it('moves Beijing 09:00 to 01:00 UTC the same day', () => {
		assert.deepEqual(toUtcTime('09:00', '+08:00'), { time: '01:00', dayShift: 0 });
	});
	it('moves Beijing 24:00 to 16:00 UTC the same day', () => {
		assert.deepEqual(toUtcTime('24:00', '+08:00'), { time: '16:00', dayShift: 0 });
	});
	it('moves Beijing 03:00 to 19:00 UTC the previous day', () => {
		assert.deepEqual(toUtcTime('03:00', '+08:00'), { time: '19:00', dayShift: -1 });
	});
	it('moves a western time past midnight to the next day', () => {
		assert.deepEqual(toUtcTime('22:00', '-05:00'), { time: '03:00', dayShift: 1 });
	});
});
