import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { severityBasis } from './severity-basis.ts';

const severities = [
	{
		id: 'A',
		examples: [{ article: 'mail-flow-outage' }, { article: 'teams-outage', interpreted: true }],
	},
	{ id: 'B', examples: [{ article: 'outlook-send-button' }] },
	{ id: 'C', examples: [] },
];

describe('severityBasis', () => {
	const cases = [
		['an article 21Vianet names as an example of its level', 'mail-flow-outage', 'A', 'policy'],
		['an article 21Vianet does not name', 'single-sign-on', 'A', 'estimate'],
		['an example this guide reads as covering the article', 'teams-outage', 'A', 'interpreted'],
		[
			'an example this guide reads as covering it, asked at another level',
			'teams-outage',
			'B',
			'estimate',
		],
		['an example article given another level', 'outlook-send-button', 'C', 'estimate'],
		['a level the policy does not list', 'outlook-send-button', 'D', 'estimate'],
	] as const;
	for (const [name, article, severity, expected] of cases) {
		it(`${name}: ${expected}`, () => {
			assert.equal(severityBasis(severities, article, severity), expected);
		});
	}
});
