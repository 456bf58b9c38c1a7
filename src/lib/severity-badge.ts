/**
 * The i18next context of an article's severity badge: where the level comes from (`policy`,
 * `interpreted` or `estimate`), and `_everyone` on an article also written for people who are not admins, whose
 * badge says the level is for admins (fi review 26, row 52: a user could think they must pick one).
 */
export function severityBadgeContext(
	basis: 'policy' | 'interpreted' | 'estimate',
	audience: 'admin' | 'user' | 'everyone',
): string {
	return audience === 'everyone' ? `${basis}_everyone` : basis;
}
