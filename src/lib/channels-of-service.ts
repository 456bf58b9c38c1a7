/** A channel as the policy lists it: its own service, or `both` for one shared by the two. */
interface ServiceChannel {
	service: 'global' | '21vianet' | 'both';
}

/**
 * The channels a reader of one service can use: that service's own channels first, in policy
 * order, then the shared ones (a partner), so a service's table opens with its own provider.
 */
export function channelsOfService<T extends ServiceChannel>(
	channels: readonly T[],
	service: 'global' | '21vianet',
): T[] {
	return [
		...channels.filter((c) => c.service === service),
		...channels.filter((c) => c.service === 'both'),
	];
}
