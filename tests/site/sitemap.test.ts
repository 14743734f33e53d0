/** The sitemap and robots.txt: every page once, in every language with its alternates, and nothing that is not a page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { bottleWorkshop } from '../support/pages';
import { distDir, siteOrigin } from '../support/paths';
import { readXml } from '../support/xml';

const site = readBuiltSite();
const index = readXml('sitemap-index.xml');
const chunks: string[] = index.sitemapindex.sitemap.map((entry: { loc: string }) => new URL(entry.loc).pathname.slice(1));
const urls: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] = chunks.flatMap(
	(chunk) => readXml(chunk).urlset.url,
);
const listed = urls.map((url) => new URL(url.loc).pathname);
/** Built pages that only send the reader elsewhere (Astro writes a meta refresh for each redirect). */
const redirectPages = site.pages.filter((page) => site.document(page).querySelector('meta[http-equiv="refresh"]'));

describe('sitemap', () => {
	it('lists every page of the site, each once, at the site’s address', () => {
		const pages = site.pages.filter((page) => page.endsWith('/') && !redirectPages.includes(page));
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual([...pages].sort());
		expect(urls.every((url) => url.loc.startsWith(`${siteOrigin}/`))).toBe(true);
	});

	it('leaves out the 404 page and redirects', () => {
		expect(listed.filter((path) => path.includes('404') || redirectPages.includes(path))).toEqual([]);
	});

	it.each(['', '/ru', '/en'])('a profile at %s/… names its three languages as hreflang alternates', (lang) => {
		const profile = urls.find((url) => url.loc === `${siteOrigin}${lang}/producers/${bottleWorkshop}/`);
		const alternates = Object.fromEntries((profile?.['xhtml:link'] ?? []).map((link) => [link['@hreflang'], link['@href']]));
		expect(alternates).toEqual({
			kk: `${siteOrigin}/producers/${bottleWorkshop}/`,
			ru: `${siteOrigin}/ru/producers/${bottleWorkshop}/`,
			en: `${siteOrigin}/en/producers/${bottleWorkshop}/`,
		});
	});
});

describe('robots.txt', () => {
	const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');

	it('allows crawling and points to the sitemap index', () => {
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).not.toMatch(/^Disallow: \/$/m);
		expect(robots).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml\n`);
	});
});
