import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { showsSeverity } from './shows-severity.ts';

describe('showsSeverity', () => {
	const cases = [
		{
			name: 'admin article for both services',
			services: ['global', '21vianet'],
			audience: 'admin',
			expected: true,
		},
		{
			name: 'article for everyone on 21Vianet',
			services: ['21vianet'],
			audience: 'everyone',
			expected: true,
		},
		{
			name: 'global-only article (no 21Vianet levels)',
			services: ['global'],
			audience: 'admin',
			expected: false,
		},
		{
			name: 'user article (users ask their admin)',
			services: ['global', '21vianet'],
			audience: 'user',
			expected: false,
		},
	] as const;
	for (const c of cases) {
		it(`${c.name}: ${c.expected ? 'shows' : 'hides'} the severity`, () => {
			assert.equal(showsSeverity(c.services, c.audience), c.expected);
		});
	}
});
