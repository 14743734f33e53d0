import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type EntryOptions, validateEntry } from './entry.ts';
import { contentLinks } from './links.ts';
import { contentDir, displayPath, entriesDir } from './paths.ts';
import type { Problem } from './problem.ts';
import { checkRedirects, readRedirects } from './redirects.ts';
import { duplicateSlugs, removedSlugs } from './slugs.ts';

export interface CatalogueOptions extends EntryOptions {
	/**
	 * Entry folders or their .mdx files to check; default: every folder in content/businesses. Given paths get the
	 * entry rules and the duplicate check against the other folders; the whole catalogue also gets the redirect and
	 * removed-entry rules.
	 */
	entries?: readonly string[];
	/** The git ref of the published catalogue, for the removed-entry rule; default origin/main, else main. */
	base?: string;
}

/** What a run checked and found. */
export interface CatalogueResult {
	/** The entry folders checked, relative to the root. */
	entries: string[];
	problems: Problem[];
}

/** Checks the catalogue, or the given entries: every entry rule, then the rules across entries. */
export async function validateCatalogue(options: CatalogueOptions = {}): Promise<CatalogueResult> {
	const root = resolve(options.root ?? process.cwd());
	const dir = join(root, entriesDir);
	// Links anywhere under content/, whatever paths were given: each entry folder is walked by validateEntry.
	const problems = contentLinks(root);
	if (problems.some((problem) => problem.file === contentDir || problem.file === entriesDir)) return { entries: [], problems };
	const folders = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => item.name) : [];
	const chosen = options.entries ? options.entries.map((entry) => folderOf(resolve(root, entry))) : folders.map((folder) => join(dir, folder));
	// One after another: sharp and the MDX parser already use the cores, and the order of problems stays stable.
	for (const folder of chosen) problems.push(...(await validateEntry(folder, { ...options, root })));
	const names = new Set(chosen.map((folder) => basename(folder)));
	problems.push(...duplicateSlugs(folders, options.entries ? names : undefined));
	if (!options.entries) {
		const { redirects, problems: malformed } = readRedirects(root);
		const present = new Set(folders);
		problems.push(...malformed, ...checkRedirects(root, redirects, present), ...removedSlugs(root, present, redirects, options.base));
	}
	// A linked entry folder given by path is reported by both walks; each problem is said once.
	const said = new Set<string>();
	const unique = problems.filter((problem) => !said.has(JSON.stringify(problem)) && said.add(JSON.stringify(problem)));
	return { entries: chosen.map((folder) => displayPath(root, folder)), problems: unique };
}

/** The entry folder of a path given on the command line: the folder itself, or the folder of an .mdx file in it. */
function folderOf(path: string): string {
	return path.endsWith('.mdx') ? dirname(path) : path.replace(/[\\/]+$/, '');
}
