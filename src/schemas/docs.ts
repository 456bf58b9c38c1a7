import externalHosts from '../../content/links/external-hosts.json' with { type: 'json' };
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

/** Products that troubleshooting articles are grouped and filtered by. */
export const PRODUCTS = [
	'exchange',
	'sharepoint',
	'teams-skype',
	'apps',
	'identity',
	'security',
	'licensing',
	'networking',
	'account',
] as const;

/** A link to an official documentation host (content/links/external-hosts.json). */
const officialUrl = z
	.url({ protocol: /^https$/ })
	.refine((url) => externalHosts.documentation.includes(new URL(url).hostname), {
		message: 'a documentation host listed in content/links/external-hosts.json',
	});

/** An official page to read next: its title as published, and whether that title is English. */
const referenceSchema = z
	.object({
		title: z.string().min(1),
		url: officialUrl,
		/** Set when the page (or its title) is in English on a Finnish or Chinese page. */
		lang: z.literal('en').optional(),
	})
	.strict();

/** Frontmatter of a troubleshooting article (pages under `troubleshooting/`). */
export const articleSchema = z
	.object({
		product: z.enum(PRODUCTS),
		category: z.enum(['setup', 'configuration', 'outage', 'usage', 'account']),
		/** Which services the steps apply to. */
		services: z.array(z.enum(['global', '21vianet'])).min(1),
		/** The severity the guidance's example of this problem typically gets. */
		severity: z.enum(['A', 'B', 'C']),
		/** Calculator answers that describe the typical case; the contact section links them. */
		calculator: z
			.object({
				type: z.enum(['technical', 'billing']),
				impact: z.enum(['down', 'degraded', 'minor']),
				scope: z.enum(['many', 'one']),
			})
			.strict(),
		/** Words a reader might search with that the text may not contain (synonyms, old names). */
		keywords: z.array(z.string().min(1)).min(1),
		/** The official pages to read next, linked (tests/unit/articles.test.ts requires them). */
		references: z.array(referenceSchema).min(1).optional(),
		/** @deprecated The old unlinked title; replaced by `references`. */
		reference: z.string().min(1).optional(),
		/** What to collect before contacting support: rendered as a list and carried into get-help. */
		collect: z.array(z.string().min(1)).optional(),
		/** Menu names stay in English on this page because the localized labels are not verified. */
		englishLabels: z.boolean().default(false),
		lastReviewed: z.coerce.date(),
	})
	.strict();

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
		/** Words readers search with that the page text may not contain; indexed, not shown. */
		keywords: z.array(z.string().min(1)).default([]),
		/** When the page's facts were last checked (guidance pages; articles keep theirs in `article`). */
		lastReviewed: z.coerce.date().optional(),
		/** Present on troubleshooting articles only. */
		article: articleSchema.optional(),
	})
	.strict();

/** Parsed frontmatter of a troubleshooting article. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Parsed frontmatter of a docs page. */
export type DocsFrontmatter = z.infer<typeof docsSchema>;
