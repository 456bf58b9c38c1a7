import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { policySchema } from '../../src/schemas/policy.ts';

const raw = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('support policy data', () => {
	it('validates against the schema', () => {
		const result = policySchema.safeParse(raw);
		assert.ok(result.success, result.success ? '' : result.error.message);
	});

	it('rejects a response target on a schedule that does not exist', () => {
		const copy = structuredClone(raw) as {
			responseTargets: { technical: { B: { schedule: string } } };
		};
		copy.responseTargets.technical.B.schedule = 'nope';
		assert.equal(policySchema.safeParse(copy).success, false);
	});

	it('rejects an hour outside 00:00-24:00', () => {
		const copy = structuredClone(raw) as {
			schedules: { technical: { windows: Array<{ to: string }> } };
		};
		copy.schedules.technical.windows[0]!.to = '24:30';
		assert.equal(policySchema.safeParse(copy).success, false);
	});

	it('rejects a phone number that is not in international form', () => {
		const copy = structuredClone(raw) as { phones: { '21vianet': { tel: string } } };
		copy.phones['21vianet'].tel = '400 089 0365';
		assert.equal(policySchema.safeParse(copy).success, false);
	});

	it('rejects an unknown field, so typos do not pass silently', () => {
		assert.equal(policySchema.safeParse({ ...raw, phonez: {} }).success, false);
	});

	it('keeps the severity A target at one hour on the always-open clock (SUPPORT-POLICY 3)', () => {
		const policy = policySchema.parse(raw);
		assert.deepEqual(policy.responseTargets.technical.A, { hours: 1, schedule: 'always' });
	});

	it("flags the China business hours as the guide's interpretation, so pages say so (SUPPORT-POLICY 4)", () => {
		const policy = policySchema.parse(raw);
		assert.equal(policy.schedules['chinaBusiness']?.interpreted, true);
		assert.notEqual(policy.schedules['technical']?.interpreted, true);
	});

	it('caps billing at severity B (SUPPORT-POLICY 3, footnote 2)', () => {
		const policy = policySchema.parse(raw);
		assert.equal(policy.severityRules.highestFor.billing, 'B');
		assert.ok(!('A' in policy.responseTargets.billing));
	});
});

describe("21Vianet's severity examples and their articles", () => {
	const severities = policySchema.parse(raw).severities;
	for (const level of severities) {
		for (const ex of level.examples) {
			it(`${ex.article} exists in every locale with severity ${level.id}`, () => {
				for (const locale of ['fi', 'en', 'zh-cn']) {
					const file = new URL(
						`../../content/docs/${locale}/troubleshooting/${ex.article}.mdx`,
						import.meta.url,
					);
					const severity = /^\s+severity:\s*([ABC])\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
					assert.equal(severity, level.id, `${locale}/troubleshooting/${ex.article}.mdx`);
				}
			});
		}
	}
});
