/**
 * Photographs the exhibition in figures for docs/exhibition.md at phone (390 px) and desktop (1280 px) width.
 * Run after a build: `node scripts/screenshots-figures.ts`.
 */
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/server.ts';
import { saveScreenshot, screenshotsDir } from './screenshot-file.ts';

const figures = '/exhibitions/kazaly-2025/figures/';

const server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
const browser = await launchChromium();
try {
	for (const width of [390, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${server.origin}${figures}`, { waitUntil: 'networkidle' });
		await saveScreenshot(await page.screenshot({ fullPage: true }), `figures-${width}.png`, width < 600 ? 2400 : 1800);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(`in ${screenshotsDir}`);
