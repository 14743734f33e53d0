import { toAscii } from './transliterate.ts';

/** Makes a readable ASCII slug from a Kazakh name: «Әйтеке би» -> «aiteke-bi». */
export function toSlug(name: string): string {
	return toAscii(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The shape every slug has: lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs for a list of names, made unique by a numeric suffix: [нан, нан] -> [nan, nan-2]. */
export function uniqueSlugs(names: readonly string[]): string[] {
	const slug = slugger();
	return names.map((name) => slug(name));
}

/** Makes slugs one at a time, each unique among those it made: нан, нан -> nan, nan-2; a name without letters -> item. */
export function slugger(): (name: string) => string {
	const taken = new Set<string>();
	return (name) => {
		const base = toSlug(name) || 'item';
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		return slug;
	};
}
