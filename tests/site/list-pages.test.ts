/** The long lists of the built site cut into pages: each page links its neighbours, says where it is, and nothing is lost or shown twice. */
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { listPagesFrom, relOf } from '../support/list-pages';
import { siteOrigin } from '../support/paths';
import { site as config } from '../../src/data/site';

const site = readBuiltSite();
const count = { '': 'Бет {page} / {pages}', '/ru': 'Страница {page} из {pages}', '/en': 'Page {page} of {pages}' } as const;
const folders = Object.keys(count) as (keyof typeof count)[];

/** The visible pager: the navigation in the main content whose links lead to the neighbouring pages. */
function pagerOf(page: string) {
	return site
		.document(page)
		.querySelectorAll('main nav')
		.find((nav) => nav.querySelector('a[rel="prev"], a[rel="next"]'));
}

/** The product pages a page links to in its main content, by path. */
function productLinks(page: string): string[] {
	const links = site
		.document(page)
		.querySelectorAll('main a[href]')
		.map((link) => link.getAttribute('href')!);
	return [...new Set(links.filter((href) => /^(?:\/(?:ru|en))?\/producers\/[^/]+\/[^/]+\/$/.test(href)))];
}

describe.each(folders)('the catalogue in %s/', (folder) => {
	const pages = listPagesFrom(site, `${folder}/products/`);
	const built = site.pages.filter(
		(page) => page.startsWith(`${folder}/producers/`) && /^\/(?:(?:ru|en)\/)?producers\/[^/]+\/[^/]+\/$/.test(page),
	);

	it('has a page for every pageSize products, the second at /products/2/', () => {
		expect(pages.length).toBeGreaterThanOrEqual(2);
		expect(pages).toHaveLength(Math.ceil(built.length / config.pageSize));
		expect(pages[1]).toBe(`${folder}/products/2/`);
	});

	it('shows every product on exactly one page', () => {
		const shown = pages.flatMap(productLinks);
		expect(shown.filter((path, index) => shown.indexOf(path) !== index)).toEqual([]);
		expect([...shown].sort()).toEqual([...built].sort());
	});

	it('links each page to the one before and after, in <head> and in the visible pager', () => {
		pages.forEach((page, index) => {
			const [prev, next] = [pages[index - 1], pages[index + 1]];
			expect([relOf(site, page, 'prev'), relOf(site, page, 'next')], page).toEqual([prev, next]);
			const pager = pagerOf(page);
			expect(pager?.querySelector('a[rel="prev"]')?.getAttribute('href'), page).toBe(prev);
			expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href'), page).toBe(next);
		});
	});

	it('says on each page which page it is, in the page’s language', () => {
		pages.forEach((page, index) => {
			const text = count[folder].replace('{page}', String(index + 1)).replace('{pages}', String(pages.length));
			expect(pagerOf(page)?.querySelector('p')?.textContent.trim(), page).toBe(text);
			if (index > 0) expect(site.document(page).querySelector('title')?.textContent, page).toContain(text);
		});
	});

	it('gives each page its own canonical address', () => {
		for (const page of pages)
			expect(site.document(page).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteOrigin}${page}`);
	});

	it('leads each category to the page where it begins', () => {
		const contents = site
			.document(pages[0]!)
			.querySelectorAll('main nav a[href*="#"]')
			.map((link) => link.getAttribute('href')!);
		expect(contents.length).toBeGreaterThan(1);
		for (const href of contents) {
			const [path, id] = href.split('#');
			expect(site.document(path || pages[0]!).querySelector(`[id="${id}"]`), href).not.toBeNull();
		}
	});
});

describe('a list that fits on one page', () => {
	it.each(['/producers/', '/new/', '/en/villages/aiteke-bi/'])('%s has no pager and no rel="prev" or rel="next"', (page) => {
		expect([relOf(site, page, 'prev'), relOf(site, page, 'next')]).toEqual([undefined, undefined]);
		expect(site.document(page).querySelector('main a[rel="next"], main a[rel="prev"]')).toBeNull();
	});
});
