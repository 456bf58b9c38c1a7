import { render } from 'astro:content';
import { useTranslations } from '../i18n/index.ts';
import { headingIdMap } from '../lib/mirror-heading-ids.ts';
import type { LocalizedEntry } from './page-context.ts';
import { getLocalizedEntries } from './page-context.ts';

/**
 * What both page routes (guidance and articles) need from a docs entry: its rendered content,
 * its headings with the English page's ids (lib/mirror-heading-ids.ts), the Pagefind filters and
 * the search keywords.
 */
export async function loadDocPage({ entry, locale, slug }: LocalizedEntry) {
	const { Content, headings } = await render(entry);
	const source =
		locale === 'en'
			? undefined
			: (await getLocalizedEntries()).find((e) => e.locale === 'en' && e.slug === slug);
	const headingIds = source
		? headingIdMap(headings, (await render(source.entry)).headings)
		: undefined;
	const { audience, article, keywords } = entry.data;
	const t = useTranslations(locale);
	const filters = [`audience:${audience}`];
	if (article) {
		filters.push(`product:${t(`product.${article.product}`)}`, `severity:${article.severity}`);
		for (const s of article.services) filters.push(`service:${t(`service.short.${s}`)}`);
	}
	return {
		Content,
		headings,
		headingIds,
		filters,
		searchWords: [...keywords, ...(article?.keywords ?? [])],
	};
}
