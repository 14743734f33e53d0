import { toAscii } from './transliterate';

/** Makes a readable ASCII slug from a Kazakh name: «Әйтеке би» -> «aiteke-bi». */
export function toSlug(name: string): string {
	return toAscii(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The shape every slug has: lower-case ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
