import { render } from 'astro:content';
import { headingIdMap } from '../lib/mirror-heading-ids.ts';
import type { LocalizedEntry } from './page-context.ts';
import { getLocalizedEntries } from './page-context.ts';

/**
 * What both page routes (guidance and articles) need from a docs entry: its rendered content,
 * the search keywords, and DocLayout's props (headings with the English page's ids,
 * lib/mirror-heading-ids.ts, and the audience filter).
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
	const { title, description, toc, audience, article, keywords } = entry.data;
	return {
		Content,
		searchWords: [...keywords, ...(article?.keywords ?? [])],
		layout: {
			locale,
			slug,
			title,
			description,
			headings,
			headingIds,
			toc,
			// An article's product, service and severity filters are on its badges (ArticleMeta.astro).
			searchFilters: [`audience:${audience}`],
		},
	};
}
