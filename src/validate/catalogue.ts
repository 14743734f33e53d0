import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type EntryFields, type EntryOptions, checkEntry } from './entry.ts';
import { validateExhibitions } from './exhibitions.ts';
import { checkFeatured, readFeatured } from './featured.ts';
import { readFrontMatter } from './frontmatter.ts';
import { type NamedBusiness, keywordsNamingOthers, nameIndex, namesOf } from './keywords.ts';
import { contentLinks } from './links.ts';
import { contentDir, displayPath, entriesDir } from './content-files.ts';
import { type Problem, problem, unexpected } from './problem.ts';
import { checkRedirects, readRedirects } from './redirects.ts';
import { duplicateSlugs, removedSlugs } from './slugs.ts';

export interface CatalogueOptions extends EntryOptions {
	/**
	 * Entry folders or their .mdx files to check; default: every folder in content/businesses. Given paths get the
	 * entry rules and the duplicate check against the other folders; the whole catalogue also gets the redirect,
	 * removed-entry, featured-list and exhibition rules.
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
	const folders = existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((item) => item.isDirectory())
				.map((item) => item.name)
		: [];
	const chosen = options.entries
		? options.entries.map((entry) => folderOf(resolve(root, entry)))
		: folders.map((folder) => join(dir, folder));
	const read: EntryFields[] = [];
	// One after another: sharp and the MDX parser already use the cores, and the order of problems stays stable.
	for (const folder of chosen) {
		// A folder that cannot be listed stops only its own checks, and is named.
		try {
			const { problems: found, fields } = await checkEntry(folder, { ...options, root });
			problems.push(...found);
			if (fields) read.push(fields);
		} catch (error) {
			problems.push(problem({ file: displayPath(root, folder), line: 0, field: '' }, unexpected(error)));
		}
	}
	const names = new Set(chosen.map((folder) => basename(folder)));
	const named = nameIndex([
		...read.map(({ slug, frontMatter }) => namesOf(slug, frontMatter.data)),
		...folders.filter((folder) => !names.has(folder)).flatMap((folder) => namesIn(dir, folder)),
	]);
	for (const entry of read) problems.push(...keywordsNamingOthers(entry, named));
	problems.push(...duplicateSlugs(folders, options.entries ? names : undefined));
	if (!options.entries) {
		const { redirects, problems: malformed } = readRedirects(root);
		const present = new Set(folders);
		problems.push(...malformed, ...checkRedirects(root, redirects, present), ...removedSlugs(root, present, redirects, options.base));
		const { featured, problems: unreadable } = readFeatured(root);
		problems.push(...unreadable, ...checkFeatured(root, featured, present));
		problems.push(...(await validateExhibitions(root, present)));
	}
	// A linked entry folder given by path is reported by both walks; each problem is said once.
	const said = new Set<string>();
	const unique = problems.filter((problem) => !said.has(JSON.stringify(problem)) && said.add(JSON.stringify(problem)));
	return { entries: chosen.map((folder) => displayPath(root, folder)), problems: unique };
}

/** The names of an entry that was not checked in this run, read from its front matter; none when it cannot be read. */
function namesIn(dir: string, folder: string): NamedBusiness[] {
	const file = join(dir, folder, 'index.mdx');
	// A link is reported by contentLinks and never read.
	const frontMatter =
		existsSync(file) && !lstatSync(file).isSymbolicLink() ? readFrontMatter(readFileSync(file, 'utf8')).frontMatter : undefined;
	return frontMatter ? [namesOf(folder, frontMatter.data)] : [];
}

/** The entry folder of a path given on the command line: the folder itself, or the folder of an .mdx file in it. */
function folderOf(path: string): string {
	return path.endsWith('.mdx') ? dirname(path) : path.replace(/[\\/]+$/, '');
}
