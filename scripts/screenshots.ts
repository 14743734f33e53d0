/**
 * Photographs the built site for the docs: the main pages at phone (390 px) and desktop (1280 px) width,
 * the README's overview, the pager of a long list, and a buyer's three taps from the home page to an order. Run after a build:
 * `npm run screenshots`; `npm run screenshots -- search` takes only the pages whose name begins with «search».
 */
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/server.ts';
import { saveScreenshot, screenshotsDir } from './screenshot-file.ts';

const out = screenshotsDir;
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'producers', path: '/producers/' },
	{ name: 'profile', path: '/producers/damdi-naubaihanasy/' },
	{ name: 'product', path: '/producers/aqbala-plastik/pet-botelke-1-litr/' },
	{ name: 'catalogue', path: '/products/' },
	{ name: 'search', path: '/search/?q=бөтелке' },
	{ name: 'search-typo', path: '/search/?q=бутвлка' },
	{ name: 'search-place', path: '/search/?q=қымыз Аралға' },
	{ name: 'search-none', path: '/search/?q=бтелкее' },
];
const only = process.argv[2];
const widths = [
	{ label: '390', viewport: { width: 390, height: 844 }, height: 1700 },
	{ label: '1280', viewport: { width: 1280, height: 800 }, height: 1400 },
];

mkdirSync(out, { recursive: true });
const server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
const browser = await launchChromium();
try {
	for (const { label, viewport, height } of widths) {
		const page = await browser.newPage({ viewport });
		for (const { name, path } of pages.filter(({ name }) => !only || name.startsWith(only))) {
			await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
			// Lazy photos load only near the viewport: scroll through once so the picture is complete.
			await page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((resolve) => setTimeout(resolve, 60));
				}
				window.scrollTo(0, 0);
			});
			await page.waitForLoadState('networkidle');
			const png = await page.screenshot({ fullPage: true });
			await saveScreenshot(png, `${name}-${label}.png`, height);
		}
		await page.close();
	}
	if (!only || 'pager'.startsWith(only)) await pager();
	if (!only) {
		await buyerPath();
		await overview();
	}
} finally {
	await browser.close();
	await server.close();
}

/** The end of the catalogue's second page at both widths: the last cards, then previous, «Бет 2 / 3», next. */
async function pager() {
	for (const { label, viewport } of widths) {
		const page = await browser.newPage({ viewport });
		await page.goto(`${server.origin}/products/2/`, { waitUntil: 'networkidle' });
		const nav = page.locator('main nav:has(a[rel="next"])');
		await nav.scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, window.innerHeight));
		await page.waitForLoadState('networkidle');
		await saveScreenshot(await page.screenshot(), `pager-${label}.png`);
		await page.close();
	}
}

/** The README's picture: home, profile and search on a phone, side by side. */
async function overview() {
	const names = ['home-390.png', 'profile-390.png', 'search-390.png'];
	const gap = 24;
	const tiles = await Promise.all(
		names.map((name) => sharp(`${out}${name}`).extract({ left: 0, top: 0, width: 390, height: 1100 }).toBuffer()),
	);
	await sharp({ create: { width: 390 * 3 + gap * 4, height: 1100 + gap * 2, channels: 3, background: '#e9dcc0' } })
		.composite(tiles.map((input, index) => ({ input, left: gap + index * (390 + gap), top: gap })))
		.png({ palette: true, quality: 80, compressionLevel: 9 })
		.toFile(`${out}overview.png`);
	console.log('docs/screenshots/overview.png');
}

/** A buyer in Арал on a phone: each screen as it is when the thumb comes down, the tapped link outlined. */
async function buyerPath() {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
	const steps = [
		{ file: 'buyer-1-home-390.png', target: () => page.locator('main a[href="/delivery/aral/"]').first() },
		{ file: 'buyer-2-aral-390.png', target: () => page.locator('main article h3 a[href^="/producers/"]').first() },
		{ file: 'buyer-3-order-390.png', target: () => page.locator('main article a[href^="https://wa.me/"]').first() },
	];
	for (const [index, { file, target }] of steps.entries()) {
		const link = target();
		await link.scrollIntoViewIfNeeded();
		await link.evaluate((element) => {
			element.style.outline = '4px solid #c2410c';
			element.style.outlineOffset = '2px';
		});
		await page.waitForLoadState('networkidle');
		await saveScreenshot(await page.screenshot(), file);
		if (index < steps.length - 1) {
			await link.evaluate((element) => element.style.removeProperty('outline'));
			const before = page.url();
			await Promise.all([page.waitForURL((url) => url.href !== before), link.tap()]);
			await page.waitForLoadState('networkidle');
		}
	}
	await page.close();
}
