import { z } from 'zod';

/** Sidebar groups, in the order the navigation shows them. */
export const NAV_GROUPS = [
	'start',
	'global',
	'21vianet',
	'severity',
	'help',
	'troubleshooting',
	'reference',
] as const;

/** Frontmatter of a page in `content/docs/<locale>/`. */
export const docsSchema = z
	.object({
		title: z.string().min(1),
		/** Shown in search results and `<meta name="description">`; search engines cut at about 160. */
		description: z.string().min(1).max(160),
		sidebar: z
			.object({
				group: z.enum(NAV_GROUPS),
				order: z.number().int(),
				/** A shorter label for the sidebar than the title. */
				label: z.string().min(1).optional(),
				hidden: z.boolean().default(false),
			})
			.strict(),
		/** Who the page is for; becomes a search filter. */
		audience: z.enum(['admin', 'user', 'everyone']).default('everyone'),
		/** The page has no table of contents (short pages, the home page). */
		toc: z.boolean().default(true),
	})
	.strict();

/** Parsed frontmatter of a docs page. */
export type DocsFrontmatter = z.infer<typeof docsSchema>;
