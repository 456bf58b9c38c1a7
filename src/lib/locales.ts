/** The site's locales, in the order the language switcher lists them. */
export const LOCALES = ['fi', 'en', 'zh-cn'] as const;

/** A locale code as it appears in URLs and content folders. */
export type Locale = (typeof LOCALES)[number];

/** The locale a reader gets when nothing better is known. */
export const DEFAULT_LOCALE: Locale = 'fi';

/** BCP 47 tags for `<html lang>`, `hreflang` and `Intl`. */
export const LANG_TAGS: Readonly<Record<Locale, string>> = {
	fi: 'fi',
	en: 'en',
	'zh-cn': 'zh-CN',
};

/** Each language's name written in that language, for the language switcher. */
export const NATIVE_NAMES: Readonly<Record<Locale, string>> = {
	fi: 'Suomi',
	en: 'English',
	'zh-cn': '简体中文',
};

/** Whether a string is one of the site's locale codes. */
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The shortest query worth searching: Chinese words are often one character, others need two. */
export const SEARCH_MIN_LENGTH: Readonly<Record<Locale, number>> = {
	fi: 2,
	en: 2,
	'zh-cn': 1,
};
