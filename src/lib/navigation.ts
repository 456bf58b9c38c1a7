/** What the navigation needs to know of one page. */
export interface NavPage {
	/** Slug without locale (`''` for the locale home). */
	slug: string;
	title: string;
	group: string;
	order: number;
	label?: string | undefined;
	hidden?: boolean | undefined;
}

/** One sidebar group with its pages, in order. */
export interface NavGroup {
	group: string;
	pages: NavPage[];
}

/** Groups pages for the sidebar: groups in `groupOrder`, pages by `order`, then title. */
export function buildNavigation(
	pages: readonly NavPage[],
	groupOrder: readonly string[],
): NavGroup[] {
	const visible = pages.filter((p) => !p.hidden);
	return groupOrder
		.map((group) => ({
			group,
			pages: visible
				.filter((p) => p.group === group)
				.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
		}))
		.filter((g) => g.pages.length > 0);
}

/** The pages before and after a slug in sidebar reading order. */
export function prevNext(
	groups: readonly NavGroup[],
	slug: string,
): { prev: NavPage | undefined; next: NavPage | undefined } {
	const flat = groups.flatMap((g) => g.pages);
	const i = flat.findIndex((p) => p.slug === slug);
	if (i === -1) return { prev: undefined, next: undefined };
	return { prev: flat[i - 1], next: flat[i + 1] };
}

/** The ancestor slugs of a page, nearest last (`a/b/c` → `''`, `a`, `a/b`). */
export function ancestorSlugs(slug: string): string[] {
	const parts = slug.split('/').filter(Boolean);
	const out = [''];
	for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
	return slug === '' ? [] : out;
}
