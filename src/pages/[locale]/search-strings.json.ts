import type { APIRoute, GetStaticPaths } from 'astro';
import { pluralForms, useTranslations } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../lib/locales.ts';
import type { SearchDialogStrings } from '../../scripts/search-dialog.ts';

export const getStaticPaths = (() =>
	LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * The sentences of the header search dialog in one locale. The dialog fetches them with its code
 * on the first open, so no page carries them before the reader searches.
 */
export const GET: APIRoute = ({ params }) => {
	const locale = params['locale'] as Locale;
	const t = useTranslations(locale);
	const strings: SearchDialogStrings = {
		results: pluralForms(locale, 'search.results'),
		none: t('search.none'),
		loading: t('search.loading'),
		unavailable: t('search.unavailable'),
		hint: t('search.hint'),
	};
	return new Response(JSON.stringify(strings), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
