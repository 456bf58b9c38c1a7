// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The theme script runs inline in <head> so the page never flashes the wrong theme; Astro does
 * not hash is:inline scripts, so its hash is added to the CSP here, from the same file.
 */
const themeInitHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256')
		.update(readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url)))
		.digest('base64')}`
);

/** Where the site is deployed; canonical URLs, hreflang alternates and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://m365-support.example.com';

export default defineConfig({
	site,
	// The benchmark builds generated corpora into temporary folders.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
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
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its search engine from WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash] },
		},
	},
	// Shiki writes inline styles that a strict CSP blocks; code blocks stay plain, styled by CSS.
	markdown: { syntaxHighlight: false },
	vite: {
		build: {
			rollupOptions: {
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
