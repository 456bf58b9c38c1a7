import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { flowOutcome, hasDraft, severityInputFrom } from './outcome.ts';

const state = (q: string) => new URLSearchParams(q);

describe('flowOutcome', () => {
	const cases: [string, string, string | undefined][] = [
		['nothing answered yet', '', undefined],
		[
			'someone who is not an admin, whatever else the URL says',
			'role=user&service=21vianet',
			'user',
		],
		['an admin who has not named the service', 'role=admin', undefined],
		['a partner customer, before any topic', 'role=admin&service=partner', 'partner'],
		['a global admin who has not named the topic', 'role=admin&service=global', undefined],
		['a global technical request', 'role=admin&service=global&topic=technical', 'global'],
		[
			'a global billing request (same channel)',
			'role=admin&service=global&topic=billing',
			'global',
		],
		['global pre-sales', 'role=admin&service=global&topic=pre-sales', 'global-pre-sales'],
		[
			'a 21Vianet technical request',
			'role=admin&service=21vianet&topic=technical',
			'21vianet-technical',
		],
		['21Vianet pre-sales', 'role=admin&service=21vianet&topic=pre-sales', '21vianet-pre-sales'],
		['a topic without a role', 'service=global&topic=technical', undefined],
	];
	for (const [name, q, expected] of cases) {
		it(`${name}: ${String(expected)}`, () => assert.equal(flowOutcome(state(q)), expected));
	}
});

describe('hasDraft', () => {
	it('only the outcomes that open a request get a request draft', () => {
		const drafts = ['user', 'partner', 'global', 'global-pre-sales']
			.concat(['technical', 'billing', 'pre-sales'].map((t) => `21vianet-${t}`))
			.filter((o) => hasDraft(o));
		assert.deepEqual(drafts, ['global', '21vianet-technical', '21vianet-billing']);
		assert.equal(hasDraft(undefined), false);
	});
});

describe('severityInputFrom', () => {
	const at = new Date('2026-11-24T02:00:00Z');
	it('is undefined until the type, impact and scope are answered', () => {
		assert.equal(severityInputFrom(state('topic=technical&impact=down'), false, at), undefined);
		assert.equal(
			severityInputFrom(state('topic=pre-sales&impact=down&scope=one'), false, at),
			undefined,
		);
	});
	it('assumes the A conditions are met when the A questions are not asked', () => {
		const input = severityInputFrom(
			state('topic=technical&impact=degraded&scope=one&agreement=no'),
			false,
			at,
		);
		assert.deepEqual(input, {
			type: 'technical',
			impact: 'degraded',
			scope: 'one',
			agreement: 'yes',
			resource: 'yes',
			at,
		});
	});
	it('waits for both A answers when they are asked, then uses them', () => {
		const base = 'topic=technical&impact=down&scope=many';
		assert.equal(severityInputFrom(state(`${base}&agreement=no`), true, at), undefined);
		const input = severityInputFrom(state(`${base}&agreement=no&resource=yes`), true, at);
		assert.equal(input?.agreement, 'no');
		assert.equal(input?.resource, 'yes');
	});
});
