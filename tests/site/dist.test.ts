/** Facts about the built site in dist/, checked over every file without a browser. Failures list the pages and what is wrong on each. */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brokenReferences, problemsByPage, readBuiltSite } from '../support/built-site';
import { identicalFiles, listFiles } from '../support/files';
import { indexedPages } from '../support/indexed';
import { imagesWithoutSizeOrAlt, missingPageBasics, shippedScripts } from '../support/page-checks';
import { bottleWorkshop } from '../support/pages';
import { contentDir } from '../support/paths';
import { locales } from '../../src/lib/locale';
import { localePath } from '../../src/lib/paths';
import { sitePages } from '../../src/validate/redirects';

const site = readBuiltSite();
const profiles = site.pages.filter((page) => /^\/(?:ru\/|en\/)?producers\/[^/]+\/$/.test(page));
const modernImages = ['.avif', '.webp', '.svg'];
const otherImages = ['.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.bmp', '.heic', '.heif', '.ico'];
const contractPages = ['', '/ru', '/en']
	.flatMap((lang) =>
		['/', '/producers/', `/producers/${bottleWorkshop}/`, '/products/', '/search/', '/about/'].map((path) => `${lang}${path}`),
	)
	.concat('/404.html');

describe('pages', () => {
	it('the pages of the contract are built, in every language', () => {
		expect(contractPages.filter((page) => !site.pages.includes(page))).toEqual([]);
	});

	it('every internal href, src and srcset resolves to a file in dist (and a #fragment to an id on that page)', () => {
		expect(problemsByPage(site.pages, (page) => brokenReferences(site, page))).toEqual({});
	});

	it('every image states its width, height and alt', () => {
		expect(problemsByPage(site.pages, (page) => imagesWithoutSizeOrAlt(site.document(page)))).toEqual({});
	});

	it('every page has the lang of its folder, a title, one h1, a viewport and a description', () => {
		expect(problemsByPage(site.pages, (page) => missingPageBasics(site.document(page), page))).toEqual({});
	});

	it('no HTML page weighs more than 50 KB compressed (gzip at the level hosts use): long lists are cut into pages', () => {
		const limit = 50 * 1024;
		const heavy = site.files
			.filter((file) => file.endsWith('.html'))
			.map((file) => ({ file: relative(site.root, file), compressed: gzipSync(readFileSync(file), { level: 6 }).length }))
			.filter(({ compressed }) => compressed > limit);
		expect(heavy).toEqual([]);
	});

	it('no page keeps the block of search keys Pagefind reads, and the index holds every profile with its keys', () => {
		expect(site.pages.filter((page) => site.document(page).querySelector('[data-pagefind-body]'))).toEqual([]);
		const indexed = indexedPages(site.root);
		const realProfiles = profiles.filter((page) => !/\/producers\/\d+\/$/.test(page));
		expect(realProfiles.filter((page) => !indexed.has(page))).toEqual([]);
		expect(indexed.get(`/producers/${bottleWorkshop}/`)?.content.split(/[\s.]+/)).toContain('botelk');
		const workshop = `/producers/${bottleWorkshop}/`;
		expect(indexed.get(workshop)?.meta['title']).toBe(site.document(workshop).querySelector('h1')?.text.trim());
	});

	it('a producer profile ships no JavaScript of its own (JSON-LD data only)', () => {
		expect(profiles).toContain(`/producers/${bottleWorkshop}/`);
		expect(problemsByPage(profiles, (page) => shippedScripts(site.document(page)))).toEqual({});
	});
});

describe('photos', () => {
	it('no original from content/ reaches dist/ (no byte-identical copy)', () => {
		const copies = identicalFiles(site.files, listFiles(contentDir));
		expect(copies.map(([copy, original]) => `${relative(site.root, copy)} = content/${relative(contentDir, original)}`)).toEqual([]);
	});

	it('images built into dist/_astro are AVIF or WebP (SVG for our own icons)', () => {
		const built = site.files.map((file) => relative(site.root, file)).filter((file) => file.startsWith('_astro/'));
		expect(modernImages.some((extension) => built.some((file) => file.endsWith(extension)))).toBe(true);
		expect(built.filter((file) => otherImages.includes(extname(file).toLowerCase()))).toEqual([]);
	});
});

describe('what the maintainers decide', () => {
	const featured: string[] = JSON.parse(readFileSync(join(contentDir, 'featured.json'), 'utf8'));

	it('every page the validator lets a redirect lead to is built, in every language', () => {
		const slugs = new Set(readdirSync(join(contentDir, 'businesses')));
		const pages = [...sitePages(slugs)].flatMap((page) => locales.map((locale) => localePath(locale, page)));
		expect(pages.filter((page) => !site.pages.includes(page))).toEqual([]);
	});

	it.each(['/', '/ru/', '/en/'])('%s features the producers of content/featured.json, in their order, and no others', (page) => {
		const section = site.document(page).querySelector('section[aria-labelledby="featured"]');
		const shown = (section?.querySelectorAll('a[href*="/producers/"]') ?? []).map((link) => link.getAttribute('href')!.split('/').at(-2));
		expect(shown).toEqual(featured.slice(0, 3));
	});
});
