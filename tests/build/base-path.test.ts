/**
 * The site published under a base path, as on GitHub Pages (https://USER.github.io/REPO/): built once from a copy of
 * the project with two entries (the catalogue in pages of six), then checked like dist/: every link lands, canonical
 * and hreflang addresses carry the base, and a search in Chromium finds the bottle workshop and links to it under the base.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchedContext } from '../../scripts/support/browser.ts';
import { brokenReferences, problemsByPage, readBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { bottleWorkshop } from '../support/pages.ts';
import { siteOrigin } from '../support/paths.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';
import { serveStatic, type StaticServer } from '../../scripts/support/server.ts';

const base = '/kazaly-showcase/';
const kept = [bottleWorkshop, 'damdi-naubaihanasy'];
let copy: string;
let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	copy = copyProject('showcase-base-path-', { entries: kept });
	// A renamed entry: its old address must lead to the new one under the base too.
	writeFileSync(join(copy, 'content/redirects.json'), JSON.stringify({ 'old-bottle-workshop': bottleWorkshop }));
	// Pages of six, so that the two entries' products fill two pages of the catalogue.
	const config = JSON.parse(readFileSync(join(copy, 'content/site.json'), 'utf8'));
	writeFileSync(join(copy, 'content/site.json'), JSON.stringify({ ...config, pageSize: 6 }));
	// Vitest sets BASE_URL to '/' in the environment, and Astro lets the environment win over its own base.
	const { BASE_URL: _vitestBase, ...inherited } = process.env;
	const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SHOWCASE_URL: `${siteOrigin}${base}` };
	await promisify(execFile)(astroBin, ['build'], { cwd: copy, env });
	// Served as the host would: the build in a folder named like the base, under the server's root.
	mkdirSync(join(copy, 'served'));
	renameSync(join(copy, 'dist'), join(copy, 'served', base.replaceAll('/', '')));
	site = readBuiltSite(join(copy, 'served'));
	server = await serveStatic(join(copy, 'served'));
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(copy, { recursive: true, force: true });
});

describe('a site under a base path', () => {
	it('has every page under the base', () => {
		expect(site.pages.filter((page) => !page.startsWith(base))).toEqual([]);
		expect(site.pages).toContain(`${base}producers/${bottleWorkshop}/`);
	});

	it('a renamed entry’s old address, in every language, leads to its new one under the base', () => {
		for (const prefix of ['', 'ru/', 'en/']) {
			const old = site.document(`${base}${prefix}producers/old-bottle-workshop/`);
			const target = `${base}${prefix}producers/${bottleWorkshop}/`;
			expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toMatch(
				new RegExp(`url=(${siteOrigin})?${target}$`),
			);
			expect(site.pages).toContain(target);
		}
	});

	it('every internal href, src and srcset resolves under the base', () => {
		expect(problemsByPage(site.pages, (page) => brokenReferences(site, page))).toEqual({});
	});

	it('canonical and hreflang addresses carry the base', () => {
		const head = site.document(`${base}ru/producers/${bottleWorkshop}/`);
		expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteOrigin}${base}ru/producers/${bottleWorkshop}/`);
		expect(head.querySelector('link[hreflang="kk"]')?.getAttribute('href')).toBe(`${siteOrigin}${base}producers/${bottleWorkshop}/`);
		expect(head.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(`${siteOrigin}${base}producers/${bottleWorkshop}/`);
	});

	it('the catalogue’s pages link each other, and name themselves, under the base', () => {
		const [first, second] = [site.document(`${base}ru/products/`), site.document(`${base}ru/products/2/`)];
		expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe(`${base}ru/products/2/`);
		expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe(`${base}ru/products/`);
		expect(second.querySelector('main a[rel="prev"]')?.getAttribute('href')).toBe(`${base}ru/products/`);
		expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${siteOrigin}${base}ru/products/2/`);
	});

	it('a buyer searches for бөтелке and the result leads to the workshop under the base', { timeout: 60_000 }, async () => {
		const { context, problems } = await watchedContext(browser);
		const page = await context.newPage();
		await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent('бөтелке')}`);
		const result = page.locator(`[data-results] a[href^="${base}producers/${bottleWorkshop}/"]`).first();
		await result.waitFor({ timeout: 20_000 });
		// The result may be the workshop or one of its products: both live under its address.
		await result.click();
		await page.waitForURL((url) => url.pathname.startsWith(`${base}producers/${bottleWorkshop}/`));
		expect(await page.locator('h1').count()).toBe(1);
		await context.close();
		expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offsiteRequests: [] });
	});
});
