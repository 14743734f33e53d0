/** What a buyer relies on in the built pages: who delivers where, what is new, and the order link of a product. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { listPagesFrom } from '../support/list-pages';
import { bottleWorkshop, pages } from '../support/pages';
import { contentDir } from '../support/paths';

const site = readBuiltSite();
const folders = ['', '/ru', '/en'];

/** Each entry's front matter, read here from content/ rather than through the site's own code. */
const entries = readdirSync(join(contentDir, 'businesses')).map((slug) => {
	const data = parseYaml(readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8').split(/^---$/m)[1]!);
	return {
		slug,
		deliveryAreas: data.deliveryAreas as string[],
		listed: new Date(data.listed).getTime(),
		products: (data.products as unknown[]).length,
	};
});
const areas = Object.keys(JSON.parse(readFileSync(join(contentDir, 'vocabularies', 'delivery-areas.json'), 'utf8')));

/** The producers a list shows, by slug, in the order shown: the profile links in the main content of each of its pages. */
function producersOn(list: string): string[] {
	const links = listPagesFrom(site, list).flatMap((page) =>
		site
			.document(page)
			.querySelectorAll('main a[href]')
			.map((link) => link.getAttribute('href')!),
	);
	return [...new Set(links.flatMap((href) => href.match(/^(?:\/(?:ru|en))?\/producers\/([^/]+)\/$/)?.[1] ?? []))];
}

describe.each(folders)('in %s/', (folder) => {
	it.each(areas)('/delivery/%s/ lists exactly the producers whose entries name the area', (area) => {
		const expected = entries.filter((entry) => entry.deliveryAreas.includes(area)).map((entry) => entry.slug);
		expect(producersOn(`${folder}/delivery/${area}/`).sort()).toEqual(expected.sort());
	});

	it('the producers list and the catalogue link to every delivery area that has producers', () => {
		const served = areas.filter((area) => entries.some((entry) => entry.deliveryAreas.includes(area)));
		for (const list of [`${folder}/producers/`, `${folder}/products/`]) {
			const links = site
				.document(list)
				.querySelectorAll('main a[href]')
				.map((link) => link.getAttribute('href'));
			for (const area of served) expect(links, `${list} links to ${area}`).toContain(`${folder}/delivery/${area}/`);
		}
	});

	it('a profile links each area its producer delivers to', () => {
		const workshop = entries.find((entry) => entry.slug === bottleWorkshop)!;
		const links = site
			.document(`${folder}${pages.profile}`)
			.querySelectorAll('main a[href]')
			.map((link) => link.getAttribute('href'));
		for (const area of workshop.deliveryAreas) expect(links).toContain(`${folder}/delivery/${area}/`);
	});

	it('the new view lists every producer, the most recently listed first', () => {
		const shown = producersOn(`${folder}/new/`);
		expect([...shown].sort()).toEqual(entries.map((entry) => entry.slug).sort());
		const listed = shown.map((slug) => entries.find((entry) => entry.slug === slug)!.listed);
		expect(listed).toEqual([...listed].sort((a, b) => b - a));
	});
});

describe('ordering a product', () => {
	it.each(folders)('the product page in %s/ opens WhatsApp with the order in its language and its own address', (folder) => {
		const path = `${folder}${pages.product}`;
		const link = site.document(path).querySelector('main a[href^="https://wa.me/"]');
		expect(link, `${path} has a WhatsApp link`).not.toBeNull();
		expect(link!.getAttribute('rel')).toBe('noopener');
		const text = new URL(link!.getAttribute('href')!).searchParams.get('text')!;
		const name = site.document(path).querySelector('h1')!.textContent.trim();
		expect(text).toContain(`\u2068${name}\u2069`);
		expect(text).toContain('___');
		expect(text).toMatch(/₸/);
		const url = new URL(text.split('\n').at(-1)!);
		expect(url.pathname).toBe(path);
		expect(text).toContain({ '': 'тапсырыс бергім келеді', '/ru': 'Хочу заказать', '/en': 'I would like to order' }[folder]);
	});

	it('every product card on a profile carries its own order link', () => {
		const workshop = entries.find((entry) => entry.slug === bottleWorkshop)!;
		const links = site.document(pages.profile).querySelectorAll('main article a[href^="https://wa.me/"]');
		expect(links).toHaveLength(workshop.products);
		const addresses = links.map((link) => new URL(link.getAttribute('href')!).searchParams.get('text')!.split('\n').at(-1));
		expect(new Set(addresses).size).toBe(workshop.products);
	});
});
