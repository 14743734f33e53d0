import sharp from 'sharp';

/** Where the docs keep their screenshots. */
export const screenshotsDir = new URL('../docs/screenshots/', import.meta.url).pathname;

/** Writes a screenshot into docs/screenshots, cropped to `height` and reduced to a palette so the docs stay light. */
export async function saveScreenshot(png: Buffer, file: string, height = Infinity): Promise<void> {
	const image = sharp(png);
	const { width = 0, height: full = 0 } = await image.metadata();
	await image
		.extract({ left: 0, top: 0, width, height: Math.min(height, full) })
		.png({ palette: true, quality: 80, compressionLevel: 9 })
		.toFile(`${screenshotsDir}${file}`);
	console.log(`docs/screenshots/${file}`);
}
