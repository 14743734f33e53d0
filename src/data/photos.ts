import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** The one quality every content photo is encoded at: small files that still show the crumb of a loaf. */
export const photoQuality = 62;

/** The widths and crop of each kind of photo on a page, shared by the pages and the data that link to the same files. */
export const photoSizes = {
	cover: { widths: [480, 800, 1200], ratio: '3/2' },
	gallery: { widths: [480, 720], ratio: '4/3' },
	product: { widths: [480, 800], ratio: '4/3' },
} as const;

/**
 * The address of the WebP a Photo shows at its largest width (its fallback `<img src>`), for structured data and
 * open data: the same options give the same file, so nothing extra is encoded.
 */
export async function photoUrl(src: ImageMetadata, kind: keyof typeof photoSizes): Promise<string> {
	const { widths, ratio } = photoSizes[kind];
	const width = Math.max(...widths);
	const [across, down] = ratio.split('/').map(Number) as [number, number];
	const image = await getImage({
		src,
		width,
		height: Math.round((width * down) / across),
		format: 'webp',
		fit: 'cover',
		quality: photoQuality,
	});
	return image.src;
}
