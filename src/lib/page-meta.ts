import { LOCALES, type Locale } from './locales.ts';

/** Open Graph locales (`language_TERRITORY`) of the site's locales. */
export const OG_LOCALES: Readonly<Record<Locale, string>> = {
	fi: 'fi_FI',
	en: 'en_US',
	'zh-cn': 'zh_CN',
};

/** The Open Graph locales of a page's translations, its own first. */
export function ogLocales(locale: Locale): { locale: string; alternates: string[] } {
	return {
		locale: OG_LOCALES[locale],
		alternates: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
	};
}

/** A title as plain text: no markup, Markdown code marks or runs of white space. */
export function plainTitle(title: string): string {
	return title
		.replace(/<[^>]*>/g, '')
		.replace(/`/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The `<title>` of a page: "Page | Site", plain text, the site name alone for the home page
 * (empty title) or a title that is the site name.
 */
export function documentTitle(title: string, siteName: string): string {
	const page = plainTitle(title);
	return page === '' || page === siteName ? siteName : `${page} | ${siteName}`;
}
