import type { SeverityInput } from '../../lib/severity.ts';

/** Where the answers lead (`user`, `partner`, `global`, `21vianet-technical` …), or undefined while a question is open. */
export function flowOutcome(state: URLSearchParams): string | undefined {
	const [role, service, topic] = ['role', 'service', 'topic'].map((k) => state.get(k));
	if (role === 'user') return 'user';
	if (role !== 'admin' || !service) return undefined;
	if (service === 'partner') return 'partner';
	if (!topic) return undefined;
	if (service === 'global') return topic === 'pre-sales' ? 'global-pre-sales' : 'global';
	return `21vianet-${topic}`;
}

/** Whether the outcome opens a service request, and so gets step 3's request draft. */
export function hasDraft(outcome: string | undefined): boolean {
	return outcome === 'global' || outcome === '21vianet-technical' || outcome === '21vianet-billing';
}

/**
 * The severity calculator's input from the answers, or undefined while one it needs is missing.
 * When the A questions are not asked (`aNeeded` false), their conditions count as met.
 */
export function severityInputFrom(
	state: URLSearchParams,
	aNeeded: boolean,
	at: Date,
): (SeverityInput & { at: Date }) | undefined {
	const [type, impact, scope, agreement, resource] = [
		'topic',
		'impact',
		'scope',
		'agreement',
		'resource',
	].map((k) => state.get(k));
	if ((type !== 'technical' && type !== 'billing') || !impact || !scope) return undefined;
	if (aNeeded && (!agreement || !resource)) return undefined;
	return {
		type,
		impact,
		scope,
		agreement: aNeeded ? agreement : 'yes',
		resource: aNeeded ? resource : 'yes',
		at,
	} as SeverityInput & { at: Date };
}
