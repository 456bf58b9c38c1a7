/** The troubleshooting article on asking your own admin for help. */
export const ASK_ADMIN = 'troubleshooting/ask-your-admin-for-help';

/**
 * The i18next context of an article's closing section heading: support for admins, asking the
 * admin for everyone else, and what to do without an answer on the page about asking the admin.
 */
export function contactSectionContext(
	slug: string,
	audience: 'admin' | 'user' | 'everyone',
): '' | 'user' | 'self' {
	if (slug === ASK_ADMIN) return 'self';
	return audience === 'user' ? 'user' : '';
}

/**
 * The i18next context of the line that opens an admin-facing closing section: `you` when the
 * article's reader is the admin (fi review 26, row 4: the page addresses them as "you" throughout),
 * `outage` when the request should be opened at once rather than "if these steps do not help".
 */
export function contactLineContext(
	audience: 'admin' | 'everyone',
	category: string,
): '' | 'you' | 'outage' | 'you_outage' {
	const parts = [audience === 'admin' ? 'you' : '', category === 'outage' ? 'outage' : ''];
	return parts.filter(Boolean).join('_') as '' | 'you' | 'outage' | 'you_outage';
}
