import { open, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { limits } from './limits.ts';
import type { Finding } from './problem.ts';

/** Formats told apart by their first bytes: the three accepted, and the ones people send by mistake. */
const signatures: { name: string; accepted: boolean; test: (head: Buffer) => boolean }[] = [
	{ name: 'JPEG', accepted: true, test: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
	{ name: 'PNG', accepted: true, test: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
	{ name: 'WebP', accepted: true, test: (head) => ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP' },
	{ name: 'GIF image', accepted: false, test: (head) => ascii(head, 0, 4) === 'GIF8' },
	{ name: 'HEIC/AVIF image', accepted: false, test: (head) => ascii(head, 4, 8) === 'ftyp' },
	{ name: 'PDF document', accepted: false, test: (head) => ascii(head, 0, 5) === '%PDF-' },
	{ name: 'BMP image', accepted: false, test: (head) => ascii(head, 0, 2) === 'BM' },
	{ name: 'TIFF image', accepted: false, test: (head) => ['II*\0', 'MM\0*'].includes(ascii(head, 0, 4)) },
	{ name: 'SVG, HTML or other text', accepted: false, test: (head) => /^\s*</.test(ascii(head, 0, 16)) },
];

function ascii(head: Buffer, start: number, end: number): string {
	return head.subarray(start, end).toString('latin1');
}

/**
 * Checks a photo file itself: its real format by its first bytes (not its name), its size on disk and its
 * dimensions as sharp reads them from the header. Returns the first rule broken, or undefined.
 */
export async function inspectPhoto(file: string): Promise<Finding | undefined> {
	const { size } = await stat(file);
	if (size > limits.photoBytes) {
		return { rule: 'photo-file-size', found: `${(size / 1024 / 1024).toFixed(1)} MB`, expected: `at most ${limits.photoBytes / 1024 / 1024} MB` };
	}
	const head = Buffer.alloc(16);
	const handle = await open(file);
	try {
		await handle.read(head, 0, 16, 0);
	} finally {
		await handle.close();
	}
	const format = signatures.find((signature) => signature.test(head));
	if (!format?.accepted) return { rule: 'photo-format', found: format?.name ?? 'unknown data', expected: 'a JPEG, PNG or WebP photo' };
	let width: number;
	let height: number;
	try {
		const metadata = await sharp(file).metadata();
		// A phone photo is often stored sideways with an orientation flag; what matters is how it is shown.
		width = metadata.autoOrient?.width ?? metadata.width;
		height = metadata.autoOrient?.height ?? metadata.height;
		if (!width || !height) throw new Error('no dimensions');
	} catch (error) {
		return { rule: 'photo-unreadable', found: `${format.name}: ${(error as Error).message.split('\n')[0]}`, expected: 'a photo that opens in an image viewer' };
	}
	const found = `${width} × ${height} px`;
	if (Math.max(width, height) > limits.photoMaxSide) return { rule: 'photo-too-big', found, expected: `at most ${limits.photoMaxSide} px on each side` };
	if (width < limits.photoMinWidth) return { rule: 'photo-too-small', found, expected: `at least ${limits.photoMinWidth} px wide (1200 px or more is best)` };
	return undefined;
}
