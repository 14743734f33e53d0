import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { type PreviewCard, cardTree, photoWidth, previewSize, themeColours } from '../lib/preview-card';

const require = createRequire(import.meta.url);

/**
 * The font files a card is drawn with: Noto Sans from @fontsource, regular and bold, in the four subsets that hold
 * Latin, Russian, the nine Kazakh letters (cyrillic-ext) and ₸ (latin-ext). WOFF, not WOFF2: satori reads only
 * TTF, OTF and WOFF. For each letter satori takes the first of them that has it.
 */
export const previewFonts = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
	([400, 700] as const).map((weight) => ({
		subset,
		weight,
		file: require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
	})),
);

let fonts: SatoriOptions['fonts'] | undefined;

function loadFonts(): SatoriOptions['fonts'] {
	// A name per subset: satori keeps one font per name and weight, and falls back to the others letter by letter.
	fonts ??= previewFonts.map(({ subset, weight, file }) => ({
		name: `Noto Sans ${subset}`,
		weight,
		style: 'normal' as const,
		data: readFileSync(file),
	}));
	return fonts;
}

// Read as a file from the project (builds and tests run there): Vite hands a test an empty stylesheet.
const colours = themeColours(readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8'));

/** A photo cut to the card's panel and made small enough to ride inside it as a data URL. */
export async function photoPanel(file: string): Promise<string> {
	const jpeg = await sharp(file)
		.rotate()
		.resize(photoWidth, previewSize.height, { fit: 'cover' })
		.jpeg({ quality: 72, mozjpeg: true })
		.toBuffer();
	return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

/**
 * A card as a 1200×630 PNG. Satori lays it out as SVG with the letters as outlines; resvg paints it and sharp packs
 * it into a palette, both off the main thread. A palette of 256 keeps the words crisp and the photo fair at a third
 * of the bytes: 1,000 producers publish some 5,000 of these.
 */
export async function renderCard(card: PreviewCard): Promise<Buffer> {
	const svg = await satori(cardTree(card, colours) as Parameters<typeof satori>[0], { ...previewSize, fonts: loadFonts() });
	const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
	return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
		.png({ palette: true, quality: 90, effort: 4, compressionLevel: 9 })
		.toBuffer();
}
