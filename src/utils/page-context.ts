import { getCollection, type CollectionEntry } from 'astro:content';
import { splitLocalePath } from '../lib/localized-path.ts';
import { buildNavigation, type NavGroup } from '../lib/navigation.ts';
import { NAV_GROUPS } from '../schemas/docs.ts';
import type { Locale } from '../lib/locales.ts';

/** A docs entry with its locale and locale-free slug split out. */
export interface LocalizedEntry {
	entry: CollectionEntry<'docs'>;
	locale: Locale;
	slug: string;
}

/** Every docs entry with its locale and slug; entries outside a locale folder are an error. */
export async function getLocalizedEntries(): Promise<LocalizedEntry[]> {
	const entries = await getCollection('docs');
	return entries.map((entry) => {
		const { locale, slug } = splitLocalePath(entry.id);
		if (!locale) throw new Error(`content/docs/${entry.id}: not inside a locale folder`);
		return { entry, locale, slug };
	});
}

/** The sidebar groups of one locale. */
export async function getNavigation(locale: Locale): Promise<NavGroup[]> {
	const all = await getLocalizedEntries();
	const pages = all
		.filter((e) => e.locale === locale)
		.map(({ entry, slug }) => ({
			slug,
			title: entry.data.title,
			label: entry.data.sidebar.label,
			group: entry.data.sidebar.group,
			order: entry.data.sidebar.order,
			hidden: entry.data.sidebar.hidden,
		}));
	return buildNavigation(pages, NAV_GROUPS);
}
