/** What a file's first bytes say it is: the three photo formats we accept, and what people send by mistake. */
export interface PhotoFormat {
	name: string;
	/** The file extension of an accepted format; undefined for a refused one. */
	extension?: 'jpg' | 'png' | 'webp';
	/** The media type a server gives an accepted format. */
	mime?: 'image/jpeg' | 'image/png' | 'image/webp';
	/** Other extensions a file of this format is commonly named with. */
	also?: readonly string[];
}

/** The most photos an entry may have: a cover, the workshop and each product, without a gallery to page through. */
export const maxPhotos = 12;

const text = (head: Uint8Array, start: number, end: number) => String.fromCharCode(...head.subarray(start, end));
const starts = (head: Uint8Array, signature: number[]) => signature.every((byte, index) => head[index] === byte);

const signatures: { format: PhotoFormat; test: (head: Uint8Array) => boolean }[] = [
	{ format: { name: 'JPEG', extension: 'jpg', mime: 'image/jpeg', also: ['jpeg'] }, test: (head) => starts(head, [0xff, 0xd8, 0xff]) },
	{
		format: { name: 'PNG', extension: 'png', mime: 'image/png' },
		test: (head) => starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	},
	{
		format: { name: 'WebP', extension: 'webp', mime: 'image/webp' },
		test: (head) => text(head, 0, 4) === 'RIFF' && text(head, 8, 12) === 'WEBP',
	},
	{ format: { name: 'GIF image' }, test: (head) => text(head, 0, 4) === 'GIF8' },
	{ format: { name: 'HEIC/AVIF image' }, test: (head) => text(head, 4, 8) === 'ftyp' },
	{ format: { name: 'PDF document' }, test: (head) => text(head, 0, 5) === '%PDF-' },
	{ format: { name: 'BMP image' }, test: (head) => text(head, 0, 2) === 'BM' },
	{ format: { name: 'TIFF image' }, test: (head) => ['II*\0', 'MM\0*'].includes(text(head, 0, 4)) },
	{ format: { name: 'SVG, HTML or other text' }, test: (head) => /^\s*</.test(text(head, 0, 16)) },
];

/** Tells a file's format from its first 16 bytes, never from its name; undefined when nothing matches. */
export function photoFormat(head: Uint8Array): PhotoFormat | undefined {
	return signatures.find((signature) => signature.test(head))?.format;
}

/** The media types of the accepted formats, for whatever fetches a photo and must refuse anything else early. */
export const photoMimeTypes: readonly string[] = signatures.flatMap(({ format }) => (format.mime ? [format.mime] : []));

/** Every extension a photo's name may end in, without the dot: jpg, jpeg, png, webp. */
export const photoExtensions: readonly string[] = signatures.flatMap(({ format }) =>
	format.extension ? [format.extension, ...(format.also ?? [])] : [],
);

/** The end of a photo's file name, `.jpg` to `.webp`, in any case: for patterns that also say what comes before. */
export const photoExtensionPattern = `\\.(?:${photoExtensions.join('|')})`;
