import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
	assessSeverity,
	type SeverityAssessment,
	type SeverityInput,
	type SeverityRules,
} from './severity.ts';

const policy = JSON.parse(
	readFileSync(new URL('../../content/policy/support-policy.json', import.meta.url), 'utf8'),
) as { severityRules: SeverityRules };
/** The rules as the site uses them: from the policy file, the one place they are kept. */
const RULES = policy.severityRules;

const critical: SeverityInput = {
	type: 'technical',
	impact: 'down',
	scope: 'many',
	agreement: 'yes',
	resource: 'yes',
};

describe('assessSeverity', () => {
	const cases: Array<[string, Partial<SeverityInput>, SeverityAssessment]> = [
		[
			'gives A for a service down for many with agreement and named person',
			{},
			{ severity: 'A', base: 'A', lowered: [] },
		],
		[
			'gives B for a service down for one user',
			{ scope: 'one' },
			{ severity: 'B', base: 'B', lowered: [] },
		],
		[
			'gives B for a degraded service used by many',
			{ impact: 'degraded' },
			{ severity: 'B', base: 'B', lowered: [] },
		],
		[
			'gives B for a degraded service used by one',
			{ impact: 'degraded', scope: 'one' },
			{ severity: 'B', base: 'B', lowered: [] },
		],
		[
			'gives C for a minor problem for many',
			{ impact: 'minor' },
			{ severity: 'C', base: 'C', lowered: [] },
		],
		[
			'gives C for a minor problem for one',
			{ impact: 'minor', scope: 'one' },
			{ severity: 'C', base: 'C', lowered: [] },
		],
		[
			'lowers A to B for a billing request',
			{ type: 'billing' },
			{ severity: 'B', base: 'A', lowered: ['billing'] },
		],
		[
			'lowers A to B without an agreement',
			{ agreement: 'no' },
			{ severity: 'B', base: 'A', lowered: ['no-agreement'] },
		],
		[
			'lowers A to B without a named person',
			{ resource: 'no' },
			{ severity: 'B', base: 'A', lowered: ['no-resource'] },
		],
		[
			'names every rule when all three lower A',
			{ type: 'billing', agreement: 'no', resource: 'no' },
			{ severity: 'B', base: 'A', lowered: ['billing', 'no-agreement', 'no-resource'] },
		],
		[
			'names billing and agreement together',
			{ type: 'billing', agreement: 'no' },
			{ severity: 'B', base: 'A', lowered: ['billing', 'no-agreement'] },
		],
		[
			'names agreement and person together',
			{ agreement: 'no', resource: 'no' },
			{ severity: 'B', base: 'A', lowered: ['no-agreement', 'no-resource'] },
		],
		[
			'lists nothing lowered when the base is already B',
			{ scope: 'one', type: 'billing', agreement: 'no', resource: 'no' },
			{ severity: 'B', base: 'B', lowered: [] },
		],
		[
			'keeps a billing C at C',
			{ impact: 'minor', type: 'billing', agreement: 'no' },
			{ severity: 'C', base: 'C', lowered: [] },
		],
	];
	for (const [name, change, expected] of cases) {
		it(name, () => assert.deepEqual(assessSeverity({ ...critical, ...change }, RULES), expected));
	}

	it('uses rules passed in: no billing cap keeps a billing A', () => {
		const rules: SeverityRules = { ...RULES, highestFor: {} };
		assert.deepEqual(assessSeverity({ ...critical, type: 'billing' }, rules), {
			severity: 'A',
			base: 'A',
			lowered: [],
		});
	});

	it('uses rules passed in: A that needs only an agreement ignores the named person', () => {
		const rules: SeverityRules = { ...RULES, aRequires: ['agreement'] };
		assert.deepEqual(assessSeverity({ ...critical, resource: 'no' }, rules), {
			severity: 'A',
			base: 'A',
			lowered: [],
		});
	});

	it('throws a RangeError for an impact no rule knows', () => {
		const input = { ...critical, impact: 'Down' } as unknown as SeverityInput;
		assert.throws(() => assessSeverity(input, RULES), RangeError);
	});

	it('does not change its input', () => {
		const input = { ...critical, type: 'billing' } as const;
		const copy = { ...input };
		assessSeverity(input, RULES);
		assert.deepEqual(input, copy);
	});
});
