import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = new URL('../../', import.meta.url).pathname;
const sample = 'damdi-naubaihanasy';
let copy: string;
let images: string[];

/** A photo as a phone takes it: camera make and a GPS position in its EXIF block. */
function phonePhoto(): Promise<Buffer> {
	return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c9953f' } })
		.jpeg()
		.withExif({
			IFD0: { Make: 'PhoneMakerTest', Model: 'Model 7' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '62/1 4/1 0/1' },
		})
		.toBuffer();
}

beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'showcase-exif-'));
	for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(join(project, item), join(copy, item), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
	// One entry is enough, and keeps the build short; its photos are replaced by phone photos.
	const businesses = join(copy, 'content/businesses');
	for (const folder of readdirSync(businesses)) if (folder !== sample) rmSync(join(businesses, folder), { recursive: true });
	// The sample exhibition and the featured list name the entries just removed.
	rmSync(join(copy, 'content/exhibitions'), { recursive: true });
	rmSync(join(copy, 'content/featured.json'));
	const photos = join(businesses, sample, 'photos');
	const photo = await phonePhoto();
	for (const file of readdirSync(photos)) writeFileSync(join(photos, file), photo);
	await run(join(project, 'node_modules/.bin/astro'), ['build'], {
		cwd: copy,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	const built = join(copy, 'dist/_astro');
	images = readdirSync(built)
		.filter((file) => /\.(avif|webp|jpe?g|png)$/.test(file))
		.map((file) => join(built, file));
}, 180_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a phone photo on the site', () => {
	it('is published', () => expect(images.length).toBeGreaterThan(0));
	it('carries no EXIF block, so no GPS position and no camera', async () => {
		for (const image of images) expect((await sharp(image).metadata()).exif, image).toBeUndefined();
	});
	it('carries no trace of the camera in its bytes', () => {
		for (const image of images) expect(readFileSync(image).includes('PhoneMakerTest'), image).toBe(false);
	});
});
