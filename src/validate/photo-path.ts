import type { Finding } from './problem.ts';

/** The photo formats the site accepts, by extension; the file's own bytes are checked in photo-file.ts. */
export const photoExtensions = ['.jpg', '.jpeg', '.png', '.webp'];

const example = 'e.g. ./photos/shop.jpg';

/** What the path rules need to know of the entry folder; in the browser both can be left out. */
export interface Folder {
	/** Whether a file exists at a path relative to the entry folder, e.g. 'photos/shop.jpg'. */
	exists?: (relative: string) => boolean;
	/** The photo files the folder holds, relative to it, to suggest one when a path is wrong. */
	photos?: () => string[];
}

/**
 * The rules for a photo path, in the front matter and in the text alike: a relative path inside the entry folder,
 * to a JPEG, PNG or WebP file that exists. Returns the first rule broken, or undefined.
 */
export function checkPhotoPath(value: string, folder: Folder = {}): Finding | undefined {
	const found = JSON.stringify(value);
	if (/^(?:[a-z]:)?[\\/]/i.test(value)) return { rule: 'photo-absolute', found, expected: example };
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { rule: 'photo-url', found, expected: `a file in the entry folder, ${example}` };
	const parts = value.split(/[\\/]/);
	if (parts.includes('..')) return { rule: 'photo-outside', found, expected: `a path inside the entry folder, ${example}` };
	const extension = /\.[^./\\]*$/.exec(value)?.[0].toLowerCase() ?? '';
	if (extension === '.svg' || extension === '.svgz') return { rule: 'photo-svg', found, expected: 'a JPEG, PNG or WebP photo' };
	if (!photoExtensions.includes(extension)) return { rule: 'photo-extension', found, expected: photoExtensions.join(', ') };
	const relative = parts.filter((part) => part && part !== '.').join('/');
	if (folder.exists && !folder.exists(relative)) {
		const photos = folder.photos?.().map((photo) => `./${photo}`) ?? [];
		const expected = photos.length > 0 ? `one of: ${photos.slice(0, 6).join(', ')}${photos.length > 6 ? ', …' : ''}` : `a photo file at ./${relative}`;
		return { rule: 'photo-missing', found, expected };
	}
	return undefined;
}
