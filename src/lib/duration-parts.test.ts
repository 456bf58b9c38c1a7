import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durationParts } from './duration-parts.ts';

describe('durationParts', () => {
	const cases: Array<[string, number, { days: number; hours: number; minutes: number }]> = [
		['splits 14 h 30 min', (14 * 60 + 30) * 60_000, { days: 0, hours: 14, minutes: 30 }],
		['rounds a partial minute up', 61_000, { days: 0, hours: 0, minutes: 2 }],
		['carries whole days', (26 * 60 + 5) * 60_000, { days: 1, hours: 2, minutes: 5 }],
		['measures a past deadline by its distance', -90 * 60_000, { days: 0, hours: 1, minutes: 30 }],
		['gives zero for zero', 0, { days: 0, hours: 0, minutes: 0 }],
	];
	for (const [name, ms, expected] of cases) {
		it(name, () => assert.deepEqual(durationParts(ms), expected));
	}
});
