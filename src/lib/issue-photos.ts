/**
 * The photos of an issue written with the "Add my business" form: the images dragged into its photos field.
 * Only files GitHub stores as issue attachments are taken, and a file counts as a photo by its first bytes.
 */
import type { IssueProblem } from './issue-form.ts';
import { photoFormat } from './photo-format.ts';

/** A photo attached to the issue: where GitHub stored it and the text it was given. */
export interface PhotoLink {
	url: string;
	alt: string;
}

/** Hosts GitHub stores issue attachments on; the workflow downloads from nowhere else. */
const attachmentPrefixes = ['https://github.com/user-attachments/assets/', 'https://user-images.githubusercontent.com/'];

/** Tells whether a URL is a file attached to an issue on GitHub. */
export function isAttachment(url: string): boolean {
	return attachmentPrefixes.some((prefix) => url.startsWith(prefix)) && !/[\s"'<>\\]/.test(url);
}

/** At most this many photos per entry (the schema's limit). */
export const maxPhotos = 12;

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
			problems.push({ field: 'photos', kk: `${maxPhotos}-ден артық сурет: артығы алынбады.`, en: `More than ${maxPhotos} photos: the rest were left out.` });
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
