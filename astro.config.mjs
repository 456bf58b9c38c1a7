// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/**
 * Vite wraps every dynamic import in a preload helper (0.9 KB gzip) that fetches the imported
 * chunk's own imports in parallel. Our only dynamic imports load the search code on the first
 * query, whose two small imports follow within one round trip, so the helper would be shipped on
 * every page to save a few milliseconds once: this stub calls the import directly.
 * @type {import('vite').Plugin}
 */
const directDynamicImports = {
	name: 'direct-dynamic-imports',
	enforce: 'pre',
	resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : undefined),
	load: (id) =>
		id === '\0vite/preload-helper.js'
			? 'export const __vitePreload = (load) => load();'
			: undefined,
};

/** Styles of the policy widgets, which only the guidance pages' route imports. */
const GUIDANCE_STYLE =
	/\/components\/policy\/(ContactCard|OpenNow|Phone|SeverityTable)\.astro\?astro&type=style/;
/** Styles of what every guidance page has, the article index included, and articles do not. */
const NAV_STYLE =
	/\/components\/(Pagination|LastReviewed|article\/ArticleIndex)\.astro\?astro&type=style/;

/** Where the site is deployed; canonical URLs, hreflang alternates and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://m365-support.example.com';

export default defineConfig({
	site,
	// The benchmark builds generated corpora into temporary folders.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Stylesheets and scripts are same-origin files, never inline: the CSP (BaseHead.astro) then
	// allows 'self' and one hash, the theme script's, and repeat views take them from the cache.
	build: { format: 'directory', inlineStylesheets: 'never' },
	i18n: {
		locales: ['fi', 'en', 'zh-cn'],
		defaultLocale: 'fi',
		routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
	},
	integrations: [
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'fi', locales: { fi: 'fi', en: 'en', 'zh-cn': 'zh-CN' } },
			// The root only chooses a language, and 404 pages are not content.
			filter: (page) => new URL(page).pathname !== '/' && !/\/404\/?$/.test(page),
		}),
	],
	// The Content Security Policy is written by src/components/BaseHead.astro: Astro's own adds a
	// hash for every script of the whole site and of its framework islands (none here) to every
	// page, 0.45 KB of incompressible text, although all our scripts are same-origin files.

	// Shiki writes inline styles that a strict CSP blocks; code blocks stay plain, styled by CSS.
	markdown: { syntaxHighlight: false },
	vite: {
		plugins: [directDynamicImports],
		build: {
			// 0: Astro inlines no script (see `build.inlineStylesheets` above).
			assetsInlineLimit: 0,
			rollupOptions: {
				output: {
					codeSplitting: {
						groups: [
							{
								// The page shell's islands and the helpers other islands share with them
								// (copy-text, Vite's preload stub), in one file every page already loads:
								// as shared chunks they were three requests and 0.2 KB more gzip.
								name: 'shell',
								test: (id) =>
									/\/src\/scripts\/(shell|menu-toggle|site-search|language-select|theme-select|toc-tracker|code-copy|copy-text)\.ts$/.test(
										id,
									) || id === '\0vite/preload-helper.js',
							},
							{
								// Styles that articles never load: articles and the article index have their
								// own routes (pages/[locale]/troubleshooting/), which import neither the policy
								// widgets ('guidance') nor, for articles, pagination ('nav'). One file per group:
								// every extra stylesheet costs about 0.15 KB of gzip overhead.
								name: 'guidance',
								test: (id) => GUIDANCE_STYLE.test(id),
							},
							{
								name: 'nav',
								test: (id) => NAV_STYLE.test(id),
							},
							{
								// Every other style a content page uses, in one file: split per component
								// user, the same rules came in four files and 0.9 KB more gzip. The
								// calculator, get-help and the two root pages keep their own.
								name: 'site',
								test: (id) =>
									/\.css$|\?astro&type=style/.test(id) &&
									!GUIDANCE_STYLE.test(id) &&
									!NAV_STYLE.test(id) &&
									!/\/(calculator|help)\/|\/root-page\.css/.test(id),
							},
						],
					},
				},
				// Astro's MDX pages carry its own "use astro:head-inject" directive, which the
				// bundler reports once per page although Astro handles it: keep the log readable.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:'))
						return;
					warn(warning);
				},
			},
		},
	},
	devToolbar: { enabled: false },
});
