/**
 * The photos of an issue written with the "Add my business" form: the images dragged into its photos field.
 * Only files GitHub stores as issue attachments are taken, and a file counts as a photo by its first bytes.
 */
import type { IssueProblem } from './issue-form.ts';
import { maxPhotos, photoFormat } from '../../src/lib/photo-format.ts';

/** A photo attached to the issue: where GitHub stored it and the text it was given. */
export interface PhotoLink {
	url: string;
	alt: string;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The addresses GitHub gives a file dragged into an issue: an exact origin and the exact shape of the path. */
const attachmentShapes: readonly { origin: string; path: RegExp }[] = [
	// Since 2024: https://github.com/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f70
	{ origin: 'https://github.com', path: new RegExp(`^/user-attachments/assets/${uuid}$`) },
	// Before: https://user-images.githubusercontent.com/1234567/987654321-0b8e3f2a-….png
	{ origin: 'https://user-images.githubusercontent.com', path: new RegExp(`^/\\d{1,12}/\\d{1,12}-${uuid}\\.[a-z]{3,4}$`, 'i') },
];

/** Where an attachment's address may redirect to: GitHub's own storage for uploaded files, and nowhere else. */
const storageHosts: readonly string[] = [
	'github-production-user-asset-6210df.s3.amazonaws.com',
	'private-user-images.githubusercontent.com',
	'objects.githubusercontent.com',
	'user-images.githubusercontent.com',
];

/** A URL with nothing in it that could send a request somewhere else: https, no user name, password or port. */
function plainHttps(url: URL): boolean {
	return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '';
}

/**
 * The address of a file attached to an issue on GitHub, or undefined for anything else. The text is parsed as a
 * browser would (WHATWG URL) and must come out unchanged: a parser quietly resolves `../` and `%2e%2e`, drops tabs
 * and turns `\` into `/`, so an address that only looks like an attachment would lead to another repository.
 */
export function attachmentUrl(text: string): URL | undefined {
	const url = URL.parse(text);
	if (!url || url.href !== text || !plainHttps(url) || url.search || url.hash) return undefined;
	return attachmentShapes.some((shape) => shape.origin === url.origin && shape.path.test(url.pathname)) ? url : undefined;
}

/** Tells whether a URL is a file attached to an issue on GitHub. */
function isAttachment(text: string): boolean {
	return attachmentUrl(text) !== undefined;
}

/**
 * Where a redirect from `from` leads, if that is GitHub's storage or another attachment address; undefined when it
 * leads anywhere else, so a download never follows a redirect it has not checked.
 */
export function redirectTarget(from: URL, location: string | null): URL | undefined {
	const url = location ? URL.parse(location, from) : null;
	if (!url || !plainHttps(url) || url.hash) return undefined;
	return storageHosts.includes(url.hostname) || isAttachment(url.href) ? url : undefined;
}

/** The images in the photos answer, in the order they appear: Markdown `![alt](url)` and HTML `<img>`. */
export function photoLinks(answer: string): { photos: PhotoLink[]; problems: IssueProblem[] } {
	const found: (PhotoLink & { at: number })[] = [];
	for (const match of answer.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
		found.push({ at: match.index, alt: match[1]!.trim(), url: match[2]! });
	}
	for (const match of answer.matchAll(/<img\b[^>]*>/gi)) {
		const url = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(match[0])?.[1];
		if (url) found.push({ at: match.index, alt: /\balt\s*=\s*["']([^"']*)["']/i.exec(match[0])?.[1]?.trim() ?? '', url });
	}
	found.sort((a, b) => a.at - b.at);
	const problems: IssueProblem[] = [];
	const photos: PhotoLink[] = [];
	for (const { url, alt } of found) {
		if (!isAttachment(url)) {
			problems.push({
				field: 'photos',
				kk: `Сурет сілтеме ретінде берілген: ${url}. Суретті файл ретінде осы өріске сүйреп әкеліңіз.`,
				en: `A photo is given as a link: ${url}. Drag the image file itself into the field.`,
			});
		} else if (photos.length === maxPhotos) {
			problems.push({
				field: 'photos',
				kk: `${maxPhotos}-ден артық сурет: артығы алынбады.`,
				en: `More than ${maxPhotos} photos: the rest were left out.`,
			});
			break;
		} else {
			photos.push({ url, alt });
		}
	}
	return { photos, problems };
}

/** The kind of image a file holds, read from its first bytes; undefined for anything but JPEG, PNG and WebP. */
export function photoExtension(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | undefined {
	return photoFormat(bytes)?.extension;
}

/** Alt texts that say nothing about the photo: what phones and GitHub put there by default. */
const emptyAlt = /^(?:image|img[-_ ]?\d*|photo|screenshot.*|.*\.(?:jpe?g|png|webp|heic|gif))$/i;

/** The text for people who cannot see photo `number` (from 1): the one the owner gave, or «Name: photo N». */
export function photoAlt(link: PhotoLink, businessName: string, number: number): string {
	return link.alt && !emptyAlt.test(link.alt) ? link.alt : `${businessName}: ${number}-сурет`;
}
