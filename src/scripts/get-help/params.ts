/** The answers get-help keeps in its URL, each with the values it accepts (exact, case-sensitive). */
export const FLOW_CHOICES = {
	step: ['2'],
	role: ['admin', 'user'],
	service: ['global', '21vianet', 'partner'],
	topic: ['technical', 'billing', 'pre-sales'],
	impact: ['down', 'degraded', 'minor'],
	scope: ['many', 'one'],
	agreement: ['yes', 'no'],
	resource: ['yes', 'no'],
	affected: ['me', 'some', 'all'],
} as const;

/** A name get-help reads from its URL. */
export type FlowField = keyof typeof FLOW_CHOICES | 'q' | 'product' | 'audience' | 'tried';

/** Every name in the order the flow writes them. */
export const FLOW_FIELDS: readonly FlowField[] = [
	'q',
	'product',
	'audience',
	'tried',
	...(Object.keys(FLOW_CHOICES) as (keyof typeof FLOW_CHOICES)[]),
];

/** Why a parameter was not accepted; `raw` is the value as given (the UI inserts it as text). */
export type FlowParamError = {
	field: FlowField;
	code: 'unknown-value' | 'repeated' | 'tried';
	raw: string;
};

/** What `parseFlowParams` read: the accepted state, the tried articles, and what it rejected. */
export type ParsedFlowParams = {
	state: URLSearchParams;
	tried: string[];
	errors: FlowParamError[];
};

/** The longest search text kept. */
export const MAX_QUERY = 200;
/** The most tried articles kept. */
export const MAX_TRIED = 10;

/**
 * Reads get-help's URL parameters as the calculator does: a value outside a field's choices is
 * 'unknown-value', a name given twice or more with values is 'repeated' (except `tried`, which
 * may name several articles), an empty value counts as absent, unknown names are ignored.
 * `filters` lists the accepted values of the search filters; `articles` the article slugs that
 * `tried` may name (an unknown one is a 'tried' error, a duplicate is dropped).
 */
export function parseFlowParams(
	search: string | URLSearchParams,
	filters: Readonly<Record<'product' | 'audience', readonly string[]>>,
	articles: readonly string[],
): ParsedFlowParams {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const result: ParsedFlowParams = { state: new URLSearchParams(), tried: [], errors: [] };
	const given = (name: string) => params.getAll(name).filter((v) => v.trim() !== '');
	for (const field of FLOW_FIELDS) {
		const values = given(field);
		if (field === 'tried') {
			for (const raw of values) {
				if (!articles.includes(raw)) result.errors.push({ field, code: 'tried', raw });
				else if (!result.tried.includes(raw) && result.tried.length < MAX_TRIED)
					result.tried.push(raw);
			}
			continue;
		}
		const [raw, ...more] = values;
		if (raw === undefined) continue;
		if (more.length > 0) {
			result.errors.push({ field, code: 'repeated', raw: values.join(', ') });
			continue;
		}
		const allowed: readonly string[] | undefined =
			field === 'q'
				? undefined
				: field === 'product' || field === 'audience'
					? filters[field]
					: FLOW_CHOICES[field];
		if (allowed && !allowed.includes(raw)) {
			result.errors.push({ field, code: 'unknown-value', raw });
			continue;
		}
		result.state.set(field, field === 'q' ? raw.trim().slice(0, MAX_QUERY) : raw);
	}
	return result;
}

/** A rejected value shortened for an error message: about `max` characters and "…". */
export function shorten(raw: string, max = 80): string {
	const chars = [...raw];
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : raw;
}
