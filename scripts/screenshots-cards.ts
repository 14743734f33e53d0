/**
 * Photographs the stand cards for docs/exhibition.md: a card and the sheet at phone (390 px) and desktop (1280 px)
 * width, and the sheet as Chromium prints it: each A4 page of the print layout, the same layout page.pdf writes.
 * Run after a build: `node scripts/screenshots-cards.ts`. Prints the PDF's page count and page size.
 */
import sharp from 'sharp';
import { launchChromium } from './support/browser.ts';
import { pdfPages, printPdf } from './support/pdf.ts';
import { serveStatic } from './support/server.ts';
import { saveScreenshot, screenshotsDir } from './screenshot-file.ts';

const sheet = '/exhibitions/kazaly-2025/cards/';
const card = '/exhibitions/kazaly-2025/cards/aqbala-plastik/';
const mm = 96 / 25.4;

const server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
const browser = await launchChromium();
try {
	for (const width of [390, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		for (const [name, path] of [
			['cards-one', card],
			['cards-sheet', sheet],
		] as const) {
			await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
			await saveScreenshot(await page.screenshot({ fullPage: true }), `${name}-${width}.png`, width < 600 ? 1700 : 1400);
		}
		await page.close();
	}
	const a4 = { width: Math.round(210 * mm), height: Math.round(297 * mm) };
	const page = await browser.newPage({ viewport: a4 });
	await page.goto(`${server.origin}${sheet}`, { waitUntil: 'networkidle' });
	const pdf = pdfPages(await printPdf(page));
	console.log(`PDF: ${pdf.count} pages of ${pdf.width} × ${pdf.height} pt`);
	// The first printed page, framed in grey so the sheet's edge shows on the docs' white background.
	const printed = await page.screenshot({ clip: { x: 0, y: 0, ...a4 } });
	const framed = await sharp(printed).extend({ top: 12, bottom: 12, left: 12, right: 12, background: '#bbbbbb' }).png().toBuffer();
	await saveScreenshot(framed, 'cards-sheet-print.png');
	await page.close();
} finally {
	await browser.close();
	await server.close();
}
console.log(`in ${screenshotsDir}`);
