import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ASK_ADMIN, contactLineContext, contactSectionContext } from './contact-section.ts';

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

describe('contactLineContext', () => {
	const cases = [
		{
			name: 'an admin article tells its reader, the admin, to open a request',
			audience: 'admin',
			category: 'configuration',
			want: 'you',
		},
		{
			name: 'an admin outage article tells its reader to open one now',
			audience: 'admin',
			category: 'outage',
			want: 'you_outage',
		},
		{
			name: 'an article for everyone says an admin can open one (its reader may not be an admin)',
			audience: 'everyone',
			category: 'usage',
			want: '',
		},
		{
			name: 'an outage article for everyone says an admin should open one now',
			audience: 'everyone',
			category: 'outage',
			want: 'outage',
		},
	] as const;
	for (const c of cases) {
		it(c.name, () => assert.equal(contactLineContext(c.audience, c.category), c.want));
	}
});
