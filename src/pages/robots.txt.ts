import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap lists them all, in every language. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', new URL(import.meta.env.BASE_URL, site)).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
