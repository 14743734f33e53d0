import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { memoize } from '../lib/memo';

/** The one quality every content photo is encoded at: small files that still show the crumb of a loaf. */
export const photoQuality = 62;

/** The widths and crop of each kind of photo on a page, shared by the pages and the data that link to the same files. */
export const photoSizes = {
	cover: { widths: [480, 800, 1200], ratio: '3/2' },
	gallery: { widths: [480, 720], ratio: '4/3' },
	product: { widths: [480, 800], ratio: '4/3' },
} as const;

/** What a photo is encoded with: the photo and Astro's transform options, without any HTML attribute. */
export type PhotoTransform = Parameters<typeof getImage>[0] & { src: ImageMetadata };

/**
 * Astro's getImage, once per photo and options for the whole build: the same photo is on its page, its
 * producer's, and every list it is in, in three languages, and each call would hash its options again.
 */
export const optimizedImage: (transform: PhotoTransform) => Promise<GetImageResult> = memoize(
	(transform: PhotoTransform) => getImage(transform),
	({ src, ...options }) => `${photoId(src)} ${JSON.stringify(options)}`,
);

// A photo is told by the object itself: reading its `src` would tell Astro the original file is used as it is,
// and Astro would copy the unprocessed photo into the site.
const photoIds = new WeakMap<ImageMetadata, number>();
let photosSeen = 0;
function photoId(photo: ImageMetadata): number {
	if (!photoIds.has(photo)) photoIds.set(photo, photosSeen++);
	return photoIds.get(photo)!;
}

/**
 * The address of the WebP a Photo shows at its largest width (its fallback `<img src>`), for structured data and
 * open data: the same options give the same file, so nothing extra is encoded.
 */
export async function photoUrl(src: ImageMetadata, kind: keyof typeof photoSizes): Promise<string> {
	const { widths, ratio } = photoSizes[kind];
	const width = Math.max(...widths);
	const [across, down] = ratio.split('/').map(Number) as [number, number];
	const image = await optimizedImage({
		src,
		width,
		height: Math.round((width * down) / across),
		format: 'webp',
		fit: 'cover',
		quality: photoQuality,
	});
	return image.src;
}
