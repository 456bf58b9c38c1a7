/**
 * Whether an article names a typical severity: the levels are 21Vianet's, and only admins open
 * requests, so an article written for people who are not admins sends them to their admin instead.
 */
export function showsSeverity(
	services: readonly ('global' | '21vianet')[],
	audience: 'admin' | 'user' | 'everyone',
): boolean {
	return services.includes('21vianet') && audience !== 'user';
}
