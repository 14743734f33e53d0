import { defaultLocale, locales } from '../lib/locale.ts';
import { photoFilePattern } from './photo-rules.ts';
import { slugPattern } from '../lib/slug.ts';

/**
 * An entry folder as one .zip, the way a producer without a git-host account hands it to the organisers:
 * `<slug>/index.mdx`, its translations and `<slug>/photos/<name>`, nothing else. The submit form writes
 * this layout and `npm run import` accepts only this layout.
 */

/** The files an entry folder may hold in a .zip, relative to the folder: the entry, its translations, its photos. */
const entryFiles = new Set(locales.map((locale) => (locale === defaultLocale ? 'index.mdx' : `index.${locale}.mdx`)));

/** The folders an entry folder may hold in a .zip, relative to the folder ('' is the entry folder itself). */
const entryFolders = new Set(['', 'photos']);

/** What a member name of an entry .zip is: a file or folder of the entry, or the rule it breaks. */
export type ArchiveMember =
	{ slug: string; relative: string; folder: boolean } | { problem: 'absolute' | 'backslash' | 'outside' | 'slug' | 'unexpected' };

/** Reads a member name: `saule/photos/nan.jpg` -> { slug: 'saule', relative: 'photos/nan.jpg' }. */
export function archiveMember(name: string): ArchiveMember {
	// Checked before anything splits the name: each of these would be read as another place by some unzip tool.
	if (name.includes('\\')) return { problem: 'backslash' };
	if (/^(?:[a-z]:|\/)/i.test(name)) return { problem: 'absolute' };
	const folder = name.endsWith('/');
	const [slug = '', ...rest] = (folder ? name.slice(0, -1) : name).split('/');
	if ([slug, ...rest].some((part) => part === '..' || part === '.')) return { problem: 'outside' };
	if (!slugPattern.test(slug)) return { problem: 'slug' };
	const relative = rest.join('/');
	const known = folder
		? entryFolders.has(relative)
		: entryFiles.has(relative) || (rest.length === 2 && rest[0] === 'photos' && photoFilePattern.test(rest[1]!));
	return known ? { slug, relative, folder } : { problem: 'unexpected' };
}

/** The member names of an entry's .zip, each with its bytes: index.mdx first, then the photos. */
export function archiveLayout(slug: string, mdx: Uint8Array, photos: ReadonlyMap<string, Uint8Array>): [string, Uint8Array][] {
	return [[`${slug}/index.mdx`, mdx], ...[...photos].map(([name, bytes]): [string, Uint8Array] => [`${slug}/photos/${name}`, bytes])];
}

/** The name the .zip is saved or shared under. */
export function archiveName(slug: string): string {
	return `${slug}.zip`;
}
