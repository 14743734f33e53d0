import type { Page, PaginateFunction } from 'astro';
import { langParams } from '../lib/paths';
import { type Business, type Product, productsOf } from './catalogue';
import { type FacetKind, termIds, underTerm } from './facets';
import { site } from './site';

/**
 * A list's pre-rendered pages in every language, `pageSize` items each (content/site.json): page 1 keeps the list's
 * own address, the others follow it as …/2/, …/3/. A list of any length keeps every page small.
 */
export function listPages<T>(paginate: PaginateFunction, items: readonly T[], params: Record<string, string> = {}) {
	return langParams.flatMap(({ lang }) => paginate(items, { params: { ...params, lang }, pageSize: site.pageSize }));
}

/** The part of a list that falls on a page: a facet's page shows its share of producers and of products. */
export function onPage<T>(items: readonly T[], page: Page): T[] {
	return items.slice(page.start, page.end + 1);
}

/**
 * Every term's pages of a facet: the producers under the term and their products run side by side, a page's worth
 * of each per page, so the page count is the longer list's.
 */
export function facetPages(paginate: PaginateFunction, all: readonly Business[], kind: FacetKind) {
	return termIds(kind).flatMap((id) => {
		const businesses = underTerm(all, kind, id);
		const products: Product[] = businesses.flatMap(productsOf);
		const rows = Array.from({ length: Math.max(businesses.length, products.length) }, (_, index) => index);
		return listPages(paginate, rows, { id }).map(({ params, props }) => ({ params, props: { ...props, id, businesses, products } }));
	});
}
