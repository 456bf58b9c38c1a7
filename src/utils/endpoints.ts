import { policy } from '../data/policy.ts';
import { DOUBLE_BRACES, fillPlaceholders } from '../lib/fill-placeholders.ts';

/** A service of the policy data. */
export type Service = 'global' | '21vianet';

/** The tenant and domain names examples use unless a page names its own. */
export const EXAMPLE_NAMES: Readonly<Record<'tenant' | 'domainKey', string>> = {
	tenant: 'contoso',
	domainKey: 'contoso-com',
};

/** Names a page may set instead of the examples. */
type Names = Partial<typeof EXAMPLE_NAMES>;

type PerService = Record<Service, string | null>;

/** The per-service entries of a section of the policy data, without its `$comment`. */
function entries(section: Record<string, unknown>): Map<string, PerService> {
	return new Map(
		Object.entries(section).filter((e): e is [string, PerService] => typeof e[1] === 'object'),
	);
}

/** Names of the addresses in the policy data (`adminCenter`, `sharepoint`…). */
export const ENDPOINT_NAMES: readonly string[] = [...entries(policy.endpoints).keys()];

/** Names of the PowerShell modules with a connection line (`exchange`, `graph`…). */
export const CONNECT_NAMES: readonly string[] = [...entries(policy.connect).keys()];

/** An address of a service with its placeholders filled; throws when it is unknown or unverified. */
export function endpoint(name: string, service: Service, names: Names = {}): string {
	const value = entries(policy.endpoints).get(name)?.[service];
	if (value === undefined) throw new Error(`policy: no endpoint "${name}"`);
	if (value === null) throw new Error(`policy: endpoint "${name}" is not verified for ${service}`);
	return fillPlaceholders(value, { ...EXAMPLE_NAMES, ...names });
}

/** The PowerShell connection line of a module for a service. */
export function connectLine(module: string, service: Service, names: Names = {}): string {
	const value = entries(policy.connect).get(module)?.[service];
	if (!value) throw new Error(`policy: no connection line for "${module}"`);
	return fillPlaceholders(value, { ...EXAMPLE_NAMES, ...names });
}

/**
 * A code block's text for one service: `{{adminCenter}}`, `{{connect.exchange}}`, `{{tenant}}`
 * and the other names of the policy data become that service's values.
 */
export function serviceCode(code: string, service: Service, names: Names = {}): string {
	const all = { ...EXAMPLE_NAMES, ...names };
	const values: Record<string, string> = { ...all };
	for (const name of ENDPOINT_NAMES) {
		const raw = entries(policy.endpoints).get(name)?.[service];
		if (raw) values[name] = fillPlaceholders(raw, all);
	}
	for (const name of CONNECT_NAMES) values[`connect.${name}`] = connectLine(name, service, all);
	return fillPlaceholders(code, values, DOUBLE_BRACES);
}

/** The date a product was retired in a service (`YYYY-MM-DD`) and its successor. */
export function retirement(product: string, service: Service): { date: string; successor: string } {
	const entry = (policy.retirements as Record<string, unknown>)[product];
	if (!entry || typeof entry !== 'object') throw new Error(`policy: no retirement "${product}"`);
	const { successor, ...dates } = entry as { successor: string } & Record<Service, string>;
	return { date: dates[service], successor };
}
