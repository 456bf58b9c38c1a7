import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n/index.ts';
import { LOCALES, type Locale } from '../../../lib/locales.ts';
import { localizedPath } from '../../../lib/localized-path.ts';
import { plainText } from '../../../lib/strong-text.ts';
import { getLocalizedEntries } from '../../../utils/page-context.ts';

export const getStaticPaths = (() =>
	LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * The what-to-collect list of every troubleshooting article of a locale, by the article's path.
 * Get-help fetches it only when the reader has tried an article, so the page itself stays light.
 * The draft is plain text: labels lose their ** markers here (Chinese quotes them instead).
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params['locale'] as Locale;
	const t = useTranslations(locale);
	const lists = Object.fromEntries(
		(await getLocalizedEntries())
			.filter((e) => e.locale === locale && e.entry.data.article)
			.map((e) => [
				localizedPath(locale, e.slug),
				(e.entry.data.article?.collect ?? []).map((item) =>
					plainText(item, (label) => t('label.plain', { label })),
				),
			]),
	);
	return new Response(JSON.stringify(lists), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
