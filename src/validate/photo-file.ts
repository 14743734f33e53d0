import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { photoFormat } from '../lib/photo-format.ts';
import { limits } from './limits.ts';
import type { Finding } from './problem.ts';

/**
 * Checks a photo file itself: its real format by its first bytes (not its name), its size on disk and its
 * dimensions as sharp reads them from the header. Returns the first rule broken, or undefined.
 */
export async function inspectPhoto(file: string): Promise<Finding | undefined> {
	const { size } = await stat(file);
	if (size > limits.photoBytes) {
		return {
			rule: 'photo-file-size',
			found: `${(size / 1024 / 1024).toFixed(1)} MB`,
			expected: `at most ${limits.photoBytes / 1024 / 1024} MB`,
		};
	}
	const head = Buffer.alloc(16);
	const handle = await open(file);
	try {
		await handle.read(head, 0, 16, 0);
	} finally {
		await handle.close();
	}
	const format = photoFormat(head);
	if (!format?.extension) return { rule: 'photo-format', found: format?.name ?? 'unknown data', expected: 'a JPEG, PNG or WebP photo' };
	let width: number;
	let height: number;
	try {
		// The header holds the dimensions: read them without sharp's pixel limit, which would call a 30000 × 30000
		// photo unreadable instead of too big. Nothing is decoded here.
		const metadata = await sharp(file, { limitInputPixels: false }).metadata();
		// A phone photo is often stored sideways with an orientation flag; what matters is how it is shown.
		width = metadata.autoOrient?.width ?? metadata.width;
		height = metadata.autoOrient?.height ?? metadata.height;
		if (!width || !height) throw new Error('no dimensions');
	} catch (error) {
		return {
			rule: 'photo-unreadable',
			// sharp's own words, without libvips' detail after them: that comes from a buffer other threads share, so
			// the same file may or may not get it.
			found: `${format.name}: ${(error as Error).message.split('\n')[0]!.split(': ')[0]}`,
			expected: 'a photo that opens in an image viewer',
		};
	}
	const found = `${width} × ${height} px`;
	if (Math.max(width, height) > limits.photoMaxSide)
		return { rule: 'photo-too-big', found, expected: `at most ${limits.photoMaxSide} px on each side` };
	if (width < limits.photoMinWidth)
		return { rule: 'photo-too-small', found, expected: `at least ${limits.photoMinWidth} px wide (1200 px or more is best)` };
	return undefined;
}

/** Reads each photo a text shows, from the entry folder; a finding carries the line the photo is written on. */
export async function inspectImages(folder: string, images: readonly { url: string; line: number }[]): Promise<Finding[]> {
	const findings = await Promise.all(
		images.map(async ({ url, line }) => {
			const finding = await inspectPhoto(join(folder, url));
			return finding && (line ? { ...finding, line } : finding);
		}),
	);
	return findings.filter((finding) => finding !== undefined);
}
