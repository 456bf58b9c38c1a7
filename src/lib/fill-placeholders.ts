/**
 * Replaces `{name}` placeholders in a template with values; a placeholder without a value
 * throws, so a typo in a page fails the build instead of printing `{tenantt}`.
 * @example fillPlaceholders('https://{tenant}.sharepoint.com', { tenant: 'contoso' })
 * // 'https://contoso.sharepoint.com'
 */
export function fillPlaceholders(
	template: string,
	values: Readonly<Record<string, string>>,
	pattern: RegExp = /\{([\w.]+)\}/g,
): string {
	return template.replace(pattern, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new RangeError(`no value for placeholder "${name}"`);
		return value;
	});
}

/** `{{name}}` placeholders, as page code blocks write them (PowerShell uses single braces). */
export const DOUBLE_BRACES = /\{\{([\w.]+)\}\}/g;
