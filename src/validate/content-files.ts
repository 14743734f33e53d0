import { posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything contributed lives here, relative to the project root: entries, vocabularies, pages, the site's settings. */
export const contentDir = 'content';

/** Where entries live, relative to the project root: the one spelling of it, read by the content config, the validator, the entry writer and the scripts. */
export const entriesDir = 'content/businesses';

/** The redirect map for slugs that changed, relative to the project root. */
export const redirectsFile = 'content/redirects.json';

/** The producers the home page features, chosen by the maintainers, relative to the project root. */
export const featuredFile = 'content/featured.json';

/** An entry file: content/businesses/<slug>/index.mdx or a translation index.<locale>.mdx beside it. */
const entryFile = /(?:^|\/)content\/businesses\/[^/]+\/index(?:\.[^./]+)?\.mdx$/;

/** Tells whether an absolute or relative path is an entry's .mdx file, the only files held to the entry rules. */
export function isEntryFile(path: string): boolean {
	return entryFile.test(path.split(sep).join('/'));
}

/** A path as problems name it: relative to the project root, with forward slashes on every system. */
export function displayPath(root: string, path: string): string {
	return relative(root, path).split(sep).join(posix.sep);
}

/** The file a compiler plugin runs on: Vite ids can carry a query (?astroContentCollectionEntry), the file is before it. */
export function compiledFile(fileURL: URL | undefined): string {
	return fileURL ? fileURLToPath(fileURL).replace(/\?.*$/, '') : '';
}

/** Where exhibitions live, one YAML file each; src/content.config.ts loads the same folder. */
export const exhibitionsDir = 'content/exhibitions';
