import { posix, relative, sep } from 'node:path';

/** Everything contributed lives here, relative to the project root: entries, vocabularies, pages, the site's settings. */
export const contentDir = 'content';

/** Where entries live, relative to the project root; src/content.config.ts loads the same folder. */
export const entriesDir = 'content/businesses';

/** The redirect map for slugs that changed, relative to the project root. */
export const redirectsFile = 'content/redirects.json';

/** A path as problems name it: relative to the project root, with forward slashes on every system. */
export function displayPath(root: string, path: string): string {
	return relative(root, path).split(sep).join(posix.sep);
}
