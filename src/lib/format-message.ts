/** Plural forms of one message, keyed by `Intl.PluralRules` category (`one`, `other`, ...). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Fills `{{name}}` placeholders with values; unknown placeholders stay as they are.
 * Used in the browser, where i18next is not shipped: the server resolves the templates.
 */
export function formatMessage(
	template: string,
	values: Readonly<Record<string, string | number>>,
): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : whole,
	);
}

/** Picks the plural form for a count in a language and fills `{{count}}`. */
export function formatPlural(
	forms: PluralForms,
	count: number,
	langTag: string,
	values: Readonly<Record<string, string | number>> = {},
): string {
	const category = new Intl.PluralRules(langTag).select(count);
	const template = forms[category] ?? forms.other;
	return formatMessage(template, {
		...values,
		count: new Intl.NumberFormat(langTag).format(count),
	});
}
