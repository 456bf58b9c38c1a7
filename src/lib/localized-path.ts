import { isLocale, type Locale } from './locales.ts';

/** Splits a site path into its locale and the slug after it (`/en/a/b/` → `en`, `a/b`). */
export function splitLocalePath(pathname: string): { locale: Locale | undefined; slug: string } {
	const parts = pathname.split('/').filter(Boolean);
	const first = parts[0]?.toLowerCase();
	if (first !== undefined && isLocale(first)) {
		return { locale: first, slug: parts.slice(1).join('/') };
	}
	return { locale: undefined, slug: parts.join('/') };
}

/** The path of a slug in a locale, always with a trailing slash (`en`, `get-help` → `/en/get-help/`). */
export function localizedPath(locale: Locale, slug: string): string {
	const clean = slug.split('/').filter(Boolean).join('/');
	return clean ? `/${locale}/${clean}/` : `/${locale}/`;
}

/** The same page in another locale: keeps the slug, query and hash, swaps the locale. */
export function switchLocale(pathname: string, target: Locale): string {
	const { slug } = splitLocalePath(pathname);
	return localizedPath(target, slug);
}
