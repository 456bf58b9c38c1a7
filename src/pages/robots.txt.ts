import type { APIRoute } from 'astro';

/** Lets every crawler in and names the sitemap (absolute, as robots.txt requires), from `site`. */
export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
