/**
 * schema.org JSON-LD in the built pages, read as a search engine reads it, offline: the properties Google's
 * local-business and merchant-listing guidelines require, and every address in it landing on a real file.
 */
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { bottleWorkshop } from '../support/pages';
import { siteOrigin } from '../support/paths';

const site = readBuiltSite();
const profiles = site.pages.filter((page) => /^\/(?:ru\/|en\/)?producers\/[^/]+\/$/.test(page));
const productPages = site.pages.filter((page) => /^\/(?:ru\/|en\/)?producers\/[^/]+\/[^/]+\/$/.test(page));

/** Every JSON-LD node of a page, by its @type; a script that is not valid JSON fails here. */
function things(page: string): Record<string, any> {
	const scripts = site.document(page).querySelectorAll('script[type="application/ld+json"]');
	return Object.fromEntries(scripts.map((script) => JSON.parse(script.text)).map((thing) => [thing['@type'], thing]));
}

/** What is wrong with a URL in the data: not absolute on the site, or not a file of the built site. */
const unresolved = (url: unknown, page: string) =>
	typeof url === 'string' && url.startsWith(`${siteOrigin}/`) && !site.brokenReason(url, page) ? [] : [`${page}: ${String(url)}`];

describe('a producer profile is a LocalBusiness', () => {
	it('profiles exist in every language', () => expect(profiles).toContain(`/en/producers/${bottleWorkshop}/`));

	it.each(profiles)('%s: name, address, telephone, url and image', (page) => {
		const business = things(page)['LocalBusiness'];
		expect(business?.['@context']).toBe('https://schema.org');
		expect(business.name).toBe(site.document(page).querySelector('h1')?.text.trim());
		expect(business.address).toMatchObject({
			'@type': 'PostalAddress',
			addressCountry: 'KZ',
			addressLocality: expect.any(String),
			addressRegion: expect.any(String),
		});
		expect(business.telephone).toMatch(/^\+7\d{10}$/);
		expect(business.url).toBe(site.document(page).querySelector('link[rel="canonical"]')?.getAttribute('href'));
		expect(unresolved(business.image, page)).toEqual([]);
		for (const link of business.sameAs ?? []) expect(link).toMatch(/^https:\/\/(t\.me|www\.instagram\.com)\//);
	});

	it.each(profiles)('%s: areaServed lists the delivery areas when there is no shop front to visit', (page) => {
		const business = things(page)['LocalBusiness'];
		if (business.address.streetAddress) expect(business.areaServed).toBeUndefined();
		else expect(business.areaServed.length).toBeGreaterThan(0);
		for (const area of business.areaServed ?? []) expect(area).toMatchObject({ '@type': 'Place', name: expect.any(String) });
	});

	it('the bottle workshop links its Instagram', () => {
		expect(things(`/producers/${bottleWorkshop}/`)['LocalBusiness'].sameAs).toContainEqual(
			expect.stringMatching(/^https:\/\/www\.instagram\.com\/\w+/),
		);
	});
});

describe('a product page is a Product with an Offer in tenge', () => {
	it('product pages exist', () => expect(productPages.length).toBeGreaterThan(profiles.length));

	it.each(productPages)('%s: name, image and offers as merchant listings require', (page) => {
		const product = things(page)['Product'];
		expect(product?.['@context']).toBe('https://schema.org');
		expect(product.name).toBe(site.document(page).querySelector('h1')?.text.trim());
		expect(unresolved(product.image, page)).toEqual([]);
		const offers = [product.offers].flat();
		expect(offers.length).toBeGreaterThan(0);
		for (const offer of offers) {
			expect(offer).toMatchObject({ '@type': 'Offer', priceCurrency: 'KZT', itemCondition: 'https://schema.org/NewCondition' });
			expect(offer.price).toBeGreaterThan(0);
			expect(Number.isInteger(offer.price)).toBe(true);
			expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|MadeToOrder|LimitedAvailability)$/);
			expect(offer.eligibleQuantity).toMatchObject({ '@type': 'QuantitativeValue', unitCode: expect.stringMatching(/^[A-Z0-9]{2,3}$/) });
			expect(offer.eligibleQuantity.minValue).toBeGreaterThanOrEqual(1);
			expect(offer.url).toBe(`${siteOrigin}${page}`);
		}
	});

	it.each(productPages)('%s: the seller is the producer’s LocalBusiness', (page) => {
		const profile = page.replace(/[^/]+\/$/, '');
		const seller = [things(page)['Product'].offers].flat()[0].seller;
		expect(seller['@id']).toBe(things(profile)['LocalBusiness']['@id']);
		expect(seller.name).toBe(things(profile)['LocalBusiness'].name);
	});
});

describe('breadcrumbs', () => {
	it.each([...profiles, ...productPages])('%s: a BreadcrumbList of the links shown, each on the site', (page) => {
		const list = things(page)['BreadcrumbList'];
		const shown = site
			.document(page)
			.querySelectorAll('nav ol a')
			.map((link) => link.text.trim());
		expect(list.itemListElement.map((item: { name: string }) => item.name)).toEqual(shown);
		list.itemListElement.forEach((item: { position: number; item: string }, index: number) => {
			expect(item.position).toBe(index + 1);
			expect(unresolved(item.item, page)).toEqual([]);
		});
	});
});
