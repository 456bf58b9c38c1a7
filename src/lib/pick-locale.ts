import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/**
 * Picks the site locale that best matches a reader's language preferences
 * (`navigator.languages` or an `Accept-Language` list), most preferred first.
 * Traditional Chinese readers get Simplified Chinese only when no other
 * preference matches; a reader matching nothing gets the default locale.
 */
export function pickLocale(preferences: readonly string[]): Locale {
	let chineseFallback = false;
	for (const raw of preferences) {
		const tag = raw.split(';')[0]?.trim().toLowerCase() ?? '';
		const primary = tag.split('-')[0];
		if (primary === 'fi') return 'fi';
		if (primary === 'en') return 'en';
		if (primary === 'zh') {
			if (/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) chineseFallback = true;
			else return 'zh-cn';
		}
	}
	return chineseFallback ? 'zh-cn' : DEFAULT_LOCALE;
}
