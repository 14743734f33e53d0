/** Link previews in the built pages: the Open Graph and Twitter tags a messenger reads, and the images they name. */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { localeTag, locales } from '../../src/lib/locale';
import { readBuiltSite } from '../support/built-site';
import { filePathOf } from '../support/files';
import { bottleWorkshop } from '../support/pages';
import { siteOrigin } from '../support/paths';

const site = readBuiltSite();
// Pages of old addresses only send the visitor on (content/redirects.json); they are not shared.
const pages = site.pages.filter((page) => page !== '/404.html' && !site.document(page).querySelector('meta[http-equiv="refresh"]'));
const meta = (page: string, property: string) =>
	site
		.document(page)
		.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
		.map((tag) => tag.getAttribute('content'));
const ogLocale = (locale: string) => localeTag[locale as keyof typeof localeTag].replace('-', '_');

/** Each image once: its format and size as sharp reads the file. */
const images = new Map<string, Promise<{ format?: string; width?: number; height?: number }>>();
const imageAt = (url: string) => {
	const path = new URL(url).pathname;
	if (!images.has(path)) images.set(path, sharp(readFileSync(filePathOf(site.root, path))).metadata());
	return images.get(path)!;
};

describe('every page tells a messenger how to preview its link', () => {
	it.each(pages)('%s: og:image is a PNG of the site at the size the page declares', async (page) => {
		const [image] = meta(page, 'og:image');
		expect(image).toMatch(new RegExp(`^${siteOrigin}/.+\\.png$`));
		expect(site.brokenReason(image!, page)).toBeUndefined();
		const { format, width, height } = await imageAt(image!);
		expect({ format, width: String(width), height: String(height) }).toEqual({
			format: 'png',
			width: meta(page, 'og:image:width')[0],
			height: meta(page, 'og:image:height')[0],
		});
		expect(meta(page, 'og:image:alt')[0]).toBe(meta(page, 'og:title')[0]);
	});

	it.each(pages)('%s: og:url is the canonical address; title, description, type and card are set', (page) => {
		const document = site.document(page);
		expect(meta(page, 'og:url')).toEqual([document.querySelector('link[rel="canonical"]')?.getAttribute('href')]);
		expect(meta(page, 'og:title')[0]).toBeTruthy();
		expect(meta(page, 'og:description')).toEqual([document.querySelector('meta[name="description"]')?.getAttribute('content')]);
		expect(meta(page, 'og:type')).toEqual(['website']);
		expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
	});

	it.each(pages)('%s: og:locale is the page’s language, the other two are its alternates', (page) => {
		const lang = site.document(page).querySelector('html')?.getAttribute('lang') ?? '';
		expect(meta(page, 'og:locale')).toEqual([ogLocale(lang)]);
		expect(meta(page, 'og:locale:alternate')).toEqual(locales.filter((other) => other !== lang).map(ogLocale));
	});
});

describe('profiles and products have images of their own, one for every language', () => {
	it.each(['', '/ru', '/en'])('%s: the bottle workshop and one of its bottles', (lang) => {
		expect(meta(`${lang}/producers/${bottleWorkshop}/`, 'og:image')).toEqual([`${siteOrigin}/og/${bottleWorkshop}.png`]);
		const product = site.pages.find(
			(page) => page.startsWith(`${lang}/producers/${bottleWorkshop}/`) && page.split('/').length > 4 + (lang ? 1 : 0),
		)!;
		expect(meta(product, 'og:image')).toEqual([
			`${siteOrigin}/og${product
				.replace(/^\/(ru|en)/, '')
				.replace(/^\/producers/, '')
				.replace(/\/$/, '')}.png`,
		]);
	});

	it('other pages share the site’s image', () => {
		expect(meta('/producers/', 'og:image')).toEqual([`${siteOrigin}/og.png`]);
		expect(meta('/ru/', 'og:image')).toEqual([`${siteOrigin}/og.png`]);
	});
});
