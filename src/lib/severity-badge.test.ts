import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { severityBadgeContext } from './severity-badge.ts';

describe('severityBadgeContext', () => {
	const cases = [
		{
			name: "an admin article's badge names the basis only",
			basis: 'policy',
			audience: 'admin',
			want: 'policy',
		},
		{
			name: 'an estimate on an admin article stays an estimate',
			basis: 'estimate',
			audience: 'admin',
			want: 'estimate',
		},
		{
			name: 'an article for everyone says the level is for admins',
			basis: 'estimate',
			audience: 'everyone',
			want: 'estimate_everyone',
		},
		{
			name: "21Vianet's example on an article for everyone is for admins too",
			basis: 'policy',
			audience: 'everyone',
			want: 'policy_everyone',
		},
	] as const;
	for (const c of cases) {
		it(c.name, () => assert.equal(severityBadgeContext(c.basis, c.audience), c.want));
	}
});
