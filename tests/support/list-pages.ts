/** A paginated list of the built site, page by page, as a crawler walks it. */
import type { BuiltSite } from './built-site';

/** The pages of a list from its first one, following each page's <link rel="next"> until there is none. */
export function listPagesFrom(site: BuiltSite, first: string): string[] {
	const pages = [first];
	for (let next = relOf(site, first, 'next'); next; next = relOf(site, next, 'next')) {
		if (pages.includes(next)) throw new Error(`${pages.at(-1)} links rel="next" back to ${next}: the pages go round in a circle.`);
		pages.push(next);
	}
	return pages;
}

/** Where a page's <link rel="prev"> or rel="next" in <head> leads, if it has one. */
export function relOf(site: BuiltSite, page: string, rel: 'prev' | 'next'): string | undefined {
	return site.document(page).querySelector(`head link[rel="${rel}"]`)?.getAttribute('href') ?? undefined;
}
