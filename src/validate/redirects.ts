import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../lib/locale.ts';
import { localePath, paths, publishedUrl } from '../lib/paths.ts';
import { slugPattern } from '../lib/slug.ts';
import { vocabularies } from '../schemas/vocabulary.ts';
import { jsonLine } from './locate.ts';
import { redirectsFile } from './content-files.ts';
import { type Finding, type Problem, problem } from './problem.ts';

/**
 * Old slug -> new slug, for entries whose folder was renamed or merged: content/redirects.json. An entry that left
 * the catalogue for good leads to a page of the site instead, written as a path: "/producers/".
 */
export type Redirects = Record<string, string>;

/** Reads content/redirects.json; a missing file is an empty map, a malformed one a problem. */
export function readRedirects(root: string): { redirects: Redirects; problems: Problem[] } {
	const path = join(root, redirectsFile);
	if (!existsSync(path)) return { redirects: {}, problems: [] };
	const text = readFileSync(path, 'utf8');
	const at = (line: number, field: string, finding: Finding) => problem({ file: redirectsFile, line, field }, finding);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return {
			redirects: {},
			problems: [at(1, '', { rule: 'redirect-format', found: (error as Error).message, expected: '{ "old-slug": "new-slug" }' })],
		};
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		return {
			redirects: {},
			problems: [at(1, '', { rule: 'redirect-format', found: JSON.stringify(data).slice(0, 40), expected: '{ "old-slug": "new-slug" }' })],
		};
	}
	const redirects: Redirects = {};
	const problems: Problem[] = [];
	for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
		if (slugPattern.test(from) && typeof to === 'string' && (slugPattern.test(to) || sitePath.test(to))) redirects[from] = to;
		else
			problems.push(
				at(jsonLine(text, from), from, {
					rule: 'redirect-format',
					found: JSON.stringify({ [from]: to }),
					expected: '"old-slug": "new-slug" or "old-slug": "/producers/"',
				}),
			);
	}
	return { redirects, problems };
}

/** Redirects that lead nowhere, or away from a folder that still exists. */
export function checkRedirects(root: string, redirects: Redirects, slugs: ReadonlySet<string>): Problem[] {
	const text = existsSync(join(root, redirectsFile)) ? readFileSync(join(root, redirectsFile), 'utf8') : '';
	return Object.entries(redirects).flatMap(([from, to]) => {
		const place = { file: redirectsFile, line: jsonLine(text, from), field: from };
		if (slugs.has(from))
			return [
				problem(place, {
					rule: 'redirect-source-exists',
					found: `content/businesses/${from}/`,
					expected: `remove the folder or the "${from}" line`,
				}),
			];
		if (!sitePath.test(to) && !slugs.has(to))
			return [
				problem(place, {
					rule: 'redirect-target',
					found: JSON.stringify(to),
					expected: 'the slug of an entry folder in content/businesses',
				}),
			];
		if (sitePath.test(to) && !sitePages(slugs).has(to))
			return [
				problem(place, {
					rule: 'redirect-page',
					found: JSON.stringify(to),
					expected: `a page of the site, e.g. ${fixedPages.join(', ')}, /categories/<id>/`,
				}),
			];
		return [];
	});
}

/**
 * Every old producer address, in every language, to the new one: for the hosts' redirect files, and, given the
 * site, for Astro's `redirects` config, whose targets must then be absolute: Astro rewrites a target it recognises
 * as one of its own routes, and drops the base path as it does (the published address carries it).
 */
export function redirectRoutes(redirects: Redirects, locales: readonly Locale[], site?: URL): Record<string, string> {
	const target = (path: string) => (site ? publishedUrl(path, site) : path);
	return Object.fromEntries(
		Object.entries(redirects).flatMap(([from, to]) =>
			locales.map((locale) => [
				localePath(locale, paths.producer(from)),
				target(localePath(locale, sitePath.test(to) ? to : paths.producer(to))),
			]),
		),
	);
}

/** A page of the site in the default language, e.g. /producers/: where a removed entry's address may lead. */
const sitePath = /^\/(?:[a-z0-9-]+\/)*$/;

/** The site's pages that take no parameter (home, producers, products, search…), from the one table of paths. */
const fixedPages = Object.values(paths)
	.flatMap((path) => (path.length === 0 ? [(path as () => string)()] : []))
	// Files for machines (the feeds, the sitemap, the data files) are not pages a visitor is sent to.
	.filter((path) => path.endsWith('/'));

/** Every page of the site a redirect may lead to, in the default language: the fixed pages, each category, village and entry. */
export function sitePages(slugs: ReadonlySet<string>): Set<string> {
	return new Set([
		...fixedPages,
		...Object.keys(vocabularies.categories).map(paths.category),
		...Object.keys(vocabularies.places).map(paths.village),
		...[...slugs].map(paths.producer),
	]);
}
