import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { defaultLocale, locales } from '../lib/locale.ts';

/**
 * The sitemap: every page of the site in every language, each with its hreflang alternates, written to
 * sitemap-index.xml after the build. Only pages are listed: redirects, the 404 page and the data files are not.
 */
export function sitemap(redirectPaths: readonly string[]): AstroIntegration {
	return sitemapIntegration({
		// The same language codes as the pages' own <link rel="alternate" hreflang>.
		i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
		filter: (url) => isPage(new URL(url).pathname, redirectPaths),
	});
}

/** A page is an address ending in a slash (trailingSlash is always), and not one that only redirects elsewhere. */
export function isPage(pathname: string, redirectPaths: readonly string[]): boolean {
	return pathname.endsWith('/') && !redirectPaths.some((path) => pathname.endsWith(path));
}
