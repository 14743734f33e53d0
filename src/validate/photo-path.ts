import { photoExtensions } from '../lib/photo-format.ts';
import type { Finding } from './problem.ts';

const dotted = photoExtensions.map((extension) => `.${extension}`);

const example = 'e.g. ./photos/shop.jpg';

/** What a path in the entry folder leads to: a file, nothing, a symbolic link, or (by its real path) somewhere else. */
export type PathKind = 'file' | 'missing' | 'link' | 'outside';

/** What the path rules need to know of the entry folder; in the browser both can be left out. */
export interface Folder {
	/** What a path relative to the entry folder leads to, e.g. 'photos/shop.jpg'. */
	find?: (relative: string) => PathKind;
	/** The photo files the folder holds, relative to it, to suggest one when a path is wrong. */
	photos?: () => string[];
}

/**
 * The rules for a photo path, in the front matter and in the text alike: a relative path inside the entry folder,
 * to a JPEG, PNG or WebP file that exists. Returns the first rule broken, or undefined.
 *
 * The build reads the path as a URL: it decodes %2e%2e to .. and takes what follows ? or # for a query; and on
 * Linux a \ is part of a file name, not a separator. A path with none of these means the same to the rules and
 * to the build, so the file checked here is the file the build opens.
 */
export function checkPhotoPath(value: string, folder: Folder = {}): Finding | undefined {
	const found = JSON.stringify(value);
	if (/^(?:[a-z]:)?[\\/]/i.test(value)) return { rule: 'photo-absolute', found, expected: example };
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { rule: 'photo-url', found, expected: `a file in the entry folder, ${example}` };
	const parts = value.split(/[\\/]/);
	if (parts.includes('..')) return { rule: 'photo-outside', found, expected: `a path inside the entry folder, ${example}` };
	if (/[%?#\\]/.test(value))
		return { rule: 'photo-path-characters', found, expected: `forward slashes, and file names of letters, digits and hyphens, ${example}` };
	const extension = /\.[^./\\]*$/.exec(value)?.[0].toLowerCase() ?? '';
	if (extension === '.svg' || extension === '.svgz') return { rule: 'photo-svg', found, expected: 'a JPEG, PNG or WebP photo' };
	if (!dotted.includes(extension)) return { rule: 'photo-extension', found, expected: dotted.join(', ') };
	const relative = parts.filter((part) => part && part !== '.').join('/');
	const kind = folder.find?.(relative) ?? 'file';
	if (kind === 'link') return { rule: 'file-link', found, expected: 'the photo file itself, not a link to it' };
	if (kind === 'outside') return { rule: 'photo-outside', found, expected: `a path inside the entry folder, ${example}` };
	if (kind === 'missing') {
		const photos = folder.photos?.().map((photo) => `./${photo}`) ?? [];
		const expected =
			photos.length > 0 ? `one of: ${photos.slice(0, 6).join(', ')}${photos.length > 6 ? ', …' : ''}` : `a photo file at ./${relative}`;
		return { rule: 'photo-missing', found, expected };
	}
	return undefined;
}
