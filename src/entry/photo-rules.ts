import { photoExtensionPattern } from '../lib/photo-format.ts';
import { toSlug } from '../lib/slug.ts';

/**
 * The file names the submit form and `npm run new` give photos: Latin letters, digits, `-`, `_` and `.`, with a
 * JPEG, PNG or WebP extension, so the name survives every upload page, shell and URL unchanged. The validator's
 * own photo rules (src/validate) accept these and more.
 */
export const photoFilePattern = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}${photoExtensionPattern}$`, 'i');

/** A file name for the entry: the photo's own when usable and free, else a readable ASCII one. */
export function photoFileName(original: string, used: ReadonlySet<string>): string {
	if (photoFilePattern.test(original) && !used.has(original)) return original;
	const [, stem = '', extension = 'jpg'] = /^(.*?)(?:\.([^.]+))?$/.exec(original) ?? [];
	const base = toSlug(stem) || 'photo';
	const ext = extension.toLowerCase();
	let name = `${base}.${ext}`;
	for (let n = 2; used.has(name); n++) name = `${base}-${n}.${ext}`;
	return name;
}
