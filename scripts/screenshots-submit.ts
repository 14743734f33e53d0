/**
 * Photographs the way onto the catalogue for docs/submitting.md: the submit form filled in on a phone (390 px)
 * and a desktop (1280 px), a price typed wrong and its message, the preview, the .zip for the organisers, and the
 * new-file link the form produces. Run after a build: `node scripts/screenshots-submit.ts`. Prints the link's length.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/server.ts';
import { fillTypicalEntry } from './support/submit-form.ts';
import { saveScreenshot, screenshotsDir } from './screenshot-file.ts';

const out = screenshotsDir;
mkdirSync(out, { recursive: true });
// A sample entry's generated illustration, so the preview shows a picture rather than a plain colour.
const cover = readFileSync(new URL('../content/businesses/damdi-naubaihanasy/photos/tandyr.jpg', import.meta.url));
const server = await serveStatic(new URL('../dist/', import.meta.url).pathname);
const browser = await launchChromium();

const shoot = async (target: Page | Locator, file: string, height?: number) =>
	saveScreenshot(await target.screenshot({ ...('goto' in target ? { fullPage: true } : {}), animations: 'disabled' }), file, height);

/** Fills the form, leaves the wrong price in place, shows its message, then fixes it and previews the entry. */
async function session(width: number, height: number, label: string): Promise<string> {
	const page = await browser.newPage({ viewport: { width, height }, ...(width < 600 ? { isMobile: true, hasTouch: true } : {}) });
	await page.goto(`${server.origin}/submit/`, { waitUntil: 'networkidle' });
	await fillTypicalEntry(page, cover);
	const price = page.locator('[data-list="products"] [name="price"]');
	await price.blur();
	await page.locator('[data-list="products"] [data-error]:not([hidden])').first().waitFor();
	if (label === '390') await shoot(page.locator('[data-list="products"] [data-row]').first(), `submit-price-error-${label}.png`);
	await page.evaluate(() => window.scrollTo(0, 0));
	await shoot(page, `submit-form-${label}.png`, width < 600 ? 1700 : 1400);
	await price.fill('1 200');
	await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
	await page.locator('[data-result]').waitFor();
	await shoot(page.locator('[data-result]'), `submit-preview-${label}.png`);
	// The way in without a GitHub account: the .zip for the organisers, and whom it goes to.
	await shoot(page.locator('[data-send]'), `submit-send-${label}.png`);
	const url = await page.locator('[data-open]').getAttribute('href');
	if (label === '390') {
		// A long story no longer fits a link: the form offers the text to copy instead.
		await page.locator('[name="story"]').fill('Қазалы қауыны тәттілігімен бүкіл елге танымал. '.repeat(40));
		await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
		await page.locator('[data-copy-box]').waitFor();
		await shoot(page.locator('[data-result] > div').last(), `submit-copy-${label}.png`, 1400);
	}
	await page.close();
	return url!;
}

/** The link itself, taken apart the way the repository host reads it. */
async function showLink(url: string): Promise<void> {
	const link = new URL(url);
	const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
	const escape = (text: string) => text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
	await page.setContent(`<!doctype html><meta charset="utf-8"><body style="font:15px system-ui;margin:24px;background:#fbf8f1;color:#1d2a2c">
		<h1 style="font:bold 22px Georgia">${escape('The link «Open the entry on GitHub» opens')} (${url.length} characters)</h1>
		<p style="word-break:break-all;font:12px monospace;background:#fff;padding:12px;border-radius:8px;line-height:1.5;max-height:9em;overflow:hidden">${escape(url)}</p>
		<p><b>${escape(link.origin + link.pathname)}</b> · filename = <code>${escape(link.searchParams.get('filename') ?? '')}</code> · value =</p>
		<pre style="background:#fff;padding:12px;border-radius:8px;font-size:12px;line-height:1.35">${escape(link.searchParams.get('value') ?? '')}</pre>`);
	await shoot(page, 'submit-url.png', 1600);
	await page.close();
}

try {
	const url = await session(390, 844, '390');
	await session(1280, 800, '1280');
	await showLink(url);
	console.log(`The new-file link for the typical entry is ${url.length} characters long.`);
} finally {
	await browser.close();
	await server.close();
}
