import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import policy from '../../content/policy/support-policy.json' with { type: 'json' };
import { clientSchedules } from './client-schedules.ts';
import { firstResponseDue, type ScheduleTable } from './first-response.ts';

const full: ScheduleTable = policy.schedules;
const slim = clientSchedules(full);

describe('clientSchedules', () => {
	it('drops comments, interpretation flags and the calendar source', () => {
		const text = JSON.stringify(slim);
		for (const gone of ['$comment', 'interpreted', 'sourceUrl', '"source"'])
			assert.equal(text.includes(gone), false, gone);
		assert.ok(text.length < JSON.stringify(full).length);
	});
	it('keeps every schedule, and the calendar years a deadline checks', () => {
		assert.deepEqual(Object.keys(slim), Object.keys(full));
		assert.ok(JSON.stringify(slim).includes('"years":[2026]'));
	});
	const cases: [string, 'A' | 'B' | 'C', 'technical' | 'billing', string][] = [
		['technical B on a Tuesday morning', 'B', 'technical', '2026-11-24T02:00:00Z'],
		['technical C at night', 'C', 'technical', '2026-11-23T19:00:00Z'],
		['billing B on a Friday evening', 'B', 'billing', '2026-11-27T09:00:00Z'],
		['billing C before a holiday week', 'C', 'billing', '2026-09-30T02:00:00Z'],
	];
	for (const [name, severity, type, at] of cases) {
		it(`gives the same first-response deadline: ${name}`, () => {
			const due = (schedules: ScheduleTable) =>
				firstResponseDue(
					severity,
					type,
					new Date(at),
					policy.responseTargets,
					schedules,
				)?.toISOString();
			assert.equal(due(slim), due(full));
		});
	}
});
