import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locales.ts';
import { splitLocalePath } from '../lib/localized-path.ts';

/** The locale of the page being rendered, for components used inside MDX. */
export function currentLocale(astro: { currentLocale?: string | undefined; url: URL }): Locale {
	const fromRouting = astro.currentLocale?.toLowerCase();
	if (fromRouting && isLocale(fromRouting)) return fromRouting;
	return splitLocalePath(astro.url.pathname).locale ?? DEFAULT_LOCALE;
}
