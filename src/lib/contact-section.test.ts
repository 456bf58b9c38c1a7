import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ASK_ADMIN, contactSectionContext } from './contact-section.ts';

describe('contactSectionContext', () => {
	const cases = [
		{
			name: 'admin articles ask when to contact support',
			slug: 'troubleshooting/ndr-codes',
			audience: 'admin',
			want: '',
		},
		{
			name: 'articles for everyone are read by admins too',
			slug: 'troubleshooting/onedrive-sync-problems',
			audience: 'everyone',
			want: '',
		},
		{
			name: 'user articles ask when to ask the admin',
			slug: 'troubleshooting/reset-your-password',
			audience: 'user',
			want: 'user',
		},
		{
			name: 'the page on asking the admin says what to do without an answer',
			slug: ASK_ADMIN,
			audience: 'user',
			want: 'self',
		},
	] as const;
	for (const c of cases) {
		it(c.name, () => assert.equal(contactSectionContext(c.slug, c.audience), c.want));
	}
});
