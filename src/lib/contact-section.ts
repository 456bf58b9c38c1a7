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
