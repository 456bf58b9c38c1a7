import { render } from 'astro:content';
import { headingIdMap } from '../lib/mirror-heading-ids.ts';
import type { LocalizedEntry } from './page-context.ts';
import { getLocalizedEntries } from './page-context.ts';

/**
 * What both page routes (guidance and articles) need from a docs entry: its rendered content,
 * its headings with the English page's ids (lib/mirror-heading-ids.ts), the audience filter and
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
	// An article's product, service and severity filters are on its badges (ArticleMeta.astro).
	const filters = [`audience:${audience}`];
	return {
		Content,
		headings,
		headingIds,
		filters,
		searchWords: [...keywords, ...(article?.keywords ?? [])],
	};
}
