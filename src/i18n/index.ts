import { createInstance, type TFunction } from 'i18next';
import fi from '../../content/i18n/fi.json';
import en from '../../content/i18n/en.json';
import zhCn from '../../content/i18n/zh-cn.json';
import type { PluralForms } from '../lib/format-message.ts';
import { numberWord } from '../lib/number-words.ts';
import { LANG_TAGS, type Locale } from '../lib/locales.ts';

/** UI strings per locale: flat, dot-namespaced keys (plural forms end in `_one`, `_other`). */
export const resources: Readonly<Record<Locale, Record<string, string>>> = {
	fi,
	en,
	'zh-cn': zhCn,
};

const cache = new Map<Locale, TFunction>();

/** The translation function of a locale, from one i18next instance per locale. */
export function useTranslations(locale: Locale): TFunction {
	const cached = cache.get(locale);
	if (cached) return cached;
	const instance = createInstance();
	void instance.init({
		lng: LANG_TAGS[locale],
		fallbackLng: false,
		initAsync: false,
		resources: { [LANG_TAGS[locale]]: { translation: resources[locale] } },
		keySeparator: false,
		nsSeparator: false,
		// Astro escapes what it renders; escaping here too would double-escape.
		interpolation: { escapeValue: false },
		returnNull: false,
		// A key missing in a locale fails the build instead of showing the key to readers.
		saveMissing: true,
		missingKeyHandler: (_lngs, _ns, key) => {
			throw new Error(`i18n: "${key}" is missing in content/i18n/${locale}.json`);
		},
	});
	// `{{count, spell}}`, `{{count, spell(case: genitive)}}`: a small number as a word
	// (number.words.*) when the caller says the text is running prose (`prose: true`), in digits
	// otherwise (tables, results).
	instance.services.formatter?.add('spell', (value, _lng, options: Record<string, unknown>) =>
		options['prose'] === true
			? numberWord(
					value,
					resources[locale][`number.words.${String(options['case'] ?? 'nominative')}`] ?? '',
				)
			: String(value),
	);
	// `{{name, lowercase}}`: a label after a colon, where Finnish writes it in lower case.
	instance.services.formatter?.add('lowercase', (value, lng) =>
		String(value).toLocaleLowerCase(lng),
	);
	const t = instance.t.bind(instance) as TFunction;
	cache.set(locale, t);
	return t;
}

/** The plural forms of a key in a locale, for client scripts that format counts themselves. */
export function pluralForms(locale: Locale, key: string): PluralForms {
	const categories = new Intl.PluralRules(LANG_TAGS[locale]).resolvedOptions().pluralCategories;
	const forms: Partial<Record<string, string>> = {};
	for (const category of categories) {
		const value = resources[locale][`${key}_${category}`];
		if (value !== undefined) forms[category] = value;
	}
	const other = forms['other'];
	if (other === undefined) throw new Error(`i18n: ${locale} has no ${key}_other`);
	return { ...forms, other };
}
