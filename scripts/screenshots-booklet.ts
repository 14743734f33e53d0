/**
 * Photographs the exhibition's booklet for docs/exhibition.md: the page at phone (390 px) and desktop (1280 px)
 * width, and the first pages of the PDF Chromium prints, drawn by pdf.js (the PDF itself, not a print preview).
 * Run after a build: `node scripts/screenshots-booklet.ts`. Prints the PDF's page count and page size.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { launchChromium } from './support/browser.ts';
import { pdfPages, printPdf } from './support/pdf.ts';
import { serveStatic } from './support/server.ts';
import { saveScreenshot, screenshotsDir } from './screenshot-file.ts';

const booklet = '/exhibitions/kazaly-2025/booklet/';
/** The cover, the list of stands and the first producer. */
const printedPages = [1, 2, 3];

/** pdf.js's canvas factory in Node, drawing with @napi-rs/canvas; pdf.js types it as a bare Object. */
interface NodeCanvasFactory {
	create(
		width: number,
		height: number,
	): { canvas: HTMLCanvasElement & { toBuffer(mime: 'image/png'): Buffer }; context: CanvasRenderingContext2D };
}

const server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
const browser = await launchChromium();
try {
	for (const width of [390, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${server.origin}${booklet}`, { waitUntil: 'networkidle' });
		await saveScreenshot(await page.screenshot({ fullPage: true }), `booklet-${width}.png`, width < 600 ? 1800 : 1500);
		await page.close();
	}
	const page = await browser.newPage();
	await page.goto(`${server.origin}${booklet}`, { waitUntil: 'networkidle' });
	const pdf = await printPdf(page);
	const { count, width, height } = pdfPages(pdf);
	console.log(`PDF: ${count} pages of ${width} × ${height} pt`);
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	for (const number of printedPages) {
		const pdfPage = await document.getPage(number);
		// 1.5 points to a pixel: 630 × 893 px for an A5 page, enough to read the prices.
		const viewport = pdfPage.getViewport({ scale: 1.5 });
		const { canvas, context } = (document.canvasFactory as NodeCanvasFactory).create(viewport.width, viewport.height);
		await pdfPage.render({ canvas, canvasContext: context, viewport }).promise;
		// Framed in grey so the page's edge shows on the docs' white background.
		const framed = await sharp(canvas.toBuffer('image/png'))
			.extend({ top: 12, bottom: 12, left: 12, right: 12, background: '#bbbbbb' })
			.png()
			.toBuffer();
		await saveScreenshot(framed, `booklet-print-${number}.png`);
	}
	await document.destroy();
	await page.close();
} finally {
	await browser.close();
	await server.close();
}
console.log(`in ${screenshotsDir}`);
