/**
 * The site behind the repository's own nginx server block (deploy/nginx.conf), in Chromium: every kind of page
 * loads under the security policy with no violation and no failed request, old addresses redirect, unknown ones
 * answer 404, and a script slipped into a built page is refused.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/integrations/host-files';
import { nginxRedirects } from '../../src/lib/host-config';
import { locales } from '../../src/lib/locale';
import { redirectRoutes } from '../../src/validate/redirects';
import { startNginx } from '../support/nginx';
import { bottleCategory, bottleWorkshop, pages } from '../support/pages';
import { requireDist } from '../support/paths';
import { useSite } from '../support/site';
import { fillTypicalEntry } from '../../scripts/support/submit-form';

/** An old address of the bottle workshop, as content/redirects.json would give it after a rename. */
const oldSlug = 'aqbala-plastic-old';
const scratch = mkdtempSync(join(tmpdir(), 'showcase-nginx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const site = useSite(() => {
	// The build's own rules, plus one redirect, so the test does not depend on a rename having happened.
	const dist = requireDist();
	const rules = join(scratch, 'rules');
	cpSync(join(dist, '_nginx'), rules, { recursive: true });
	const redirects =
		readFileSync(join(rules, 'redirects.conf'), 'utf8') + nginxRedirects(redirectRoutes({ [oldSlug]: bottleWorkshop }, locales));
	writeFileSync(join(rules, 'redirects.conf'), redirects);
	return startNginx(dist, { rules });
});

/** Collects the page's Content-Security-Policy violations from its first script on, in every frame. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { violations: string[] }).violations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
		);
	});
	return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** Opens a path with the violation listener in place from the start. */
async function openWatched(path: string) {
	const opened = await site.open('about:blank');
	const violations = await watchViolations(opened.page);
	const response = await opened.page.goto(site.url(path));
	return { ...opened, response: response!, violations };
}

describe('every kind of page, served by nginx', () => {
	it.each([
		pages.home,
		'/ru/',
		'/en/',
		pages.producers,
		pages.category,
		'/villages/aiteke-bi/',
		pages.profile,
		pages.product,
		pages.products,
		pages.about,
		'/guide/',
		'/en/guide/',
	])('%s loads with the security headers, no policy violation and no failed request', async (path) => {
		const { page, response, problems, violations } = await openWatched(path);
		await page.waitForLoadState('networkidle');
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['cache-control']).toBe('no-cache');
		expect(await violations()).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('a buyer searches with a filter: Pagefind runs its WebAssembly and worker under the policy', async () => {
		const { page, problems, violations } = await openWatched(`${pages.search}?q=нан&category=bakery`);
		await page.locator('[data-results] li:first-child a').waitFor();
		expect(await page.locator('select[name="category"]').inputValue()).toBe('bakery');
		await page.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('a producer fills in the submit form and sees the preview with the photo under the policy', async () => {
		const { page, problems, violations } = await openWatched('/submit/');
		await fillTypicalEntry(page);
		await page.locator('[data-list="products"] [name="price"]').fill('1200');
		await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
		await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);
		expect(await violations()).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it("an unknown address answers 404 with the site's 404 page and the headers", async () => {
		const { page, response, problems, violations } = await openWatched(pages.missing);
		expect(response.status()).toBe(404);
		expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
		expect(await page.locator('h1').count()).toBe(1);
		expect(await violations()).toEqual([]);
		expect(problems.failedRequests.filter((failed) => !failed.includes(pages.missing))).toEqual([]);
	});
});

describe('what nginx answers', () => {
	it.each(locales.map((locale) => (locale === 'kk' ? '' : `/${locale}`)))(
		'an old address%s redirects permanently to the renamed producer',
		async (prefix) => {
			const response = await fetch(site.url(`${prefix}/producers/${oldSlug}/`), { redirect: 'manual' });
			expect(response.status).toBe(301);
			expect(response.headers.get('location')).toBe(`${prefix}/producers/${bottleWorkshop}/`);
		},
	);

	it('a folder without its slash is sent to the address with it', async () => {
		const response = await fetch(site.url(`/categories/${bottleCategory}`), { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(`/categories/${bottleCategory}/`);
	});

	it("hashed assets are cached for a year, Pagefind's files revalidated", async () => {
		const html = await (await fetch(site.url(pages.profile))).text();
		const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
		expect(asset, 'the profile links an asset in /_astro/').toBeDefined();
		expect((await fetch(site.url(asset!))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		const pagefind = await fetch(site.url('/pagefind/pagefind.js'));
		expect(pagefind.status).toBe(200);
		expect(pagefind.headers.get('cache-control')).toBe('no-cache');
		expect(pagefind.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
	});

	it.each(['/_nginx/security-headers.conf', '/_headers', '/_redirects'])('%s, a rule file for the hosts, is not served', async (path) => {
		expect((await fetch(site.url(path))).status).toBe(404);
	});
});

describe('a script slipped into a built page', () => {
	const injected = '<script>document.title = "injected"</script><img src="/favicon.svg" alt="" onload="document.title = \'injected\'">';

	/** Serves a copy of the profile with the injection, keeping or dropping the header and the meta tag. */
	async function openInjected(keep: 'header' | 'meta') {
		const copy = join(scratch, `${keep}.html`);
		let html = readFileSync(join(requireDist(), 'producers', bottleWorkshop, 'index.html'), 'utf8').replace(
			'</body>',
			`${injected}</body>`,
		);
		if (keep === 'header') html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
		writeFileSync(copy, html);
		const { page } = await site.open('about:blank');
		const violations = await watchViolations(page);
		await page.route(site.url(pages.profile), async (route) => {
			const response = await route.fetch();
			const headers = response.headers();
			if (keep === 'meta') delete headers['content-security-policy'];
			await route.fulfill({ response, headers, body: readFileSync(copy, 'utf8') });
		});
		await page.goto(site.url(pages.profile));
		await page.waitForLoadState('load');
		return { title: await page.title(), violations: await violations() };
	}

	it.each(['header', 'meta'] as const)('is refused by Chromium under the policy in the %s alone', async (keep) => {
		const { title, violations } = await openInjected(keep);
		expect(title).not.toBe('injected');
		expect(violations).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^script-src-elem refused inline/),
				expect.stringMatching(/^script-src-attr refused inline/),
			]),
		);
	});
});

describe('each page’s meta policy', () => {
	/** The hashes a page's meta tag allows. */
	const allowed = (html: string) =>
		new Set(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.match(/sha256-[A-Za-z0-9+/=]+/g) ?? []);

	// Every page of the contract but the address that has none.
	const built = Object.entries(pages).filter(([name]) => name !== 'missing');

	it.each(built)('allows the inline code of %s and nothing another page needs', (_, path) => {
		const html = readFileSync(join(requireDist(), path, 'index.html'), 'utf8');
		const own = inlineHashes([html]);
		expect([...allowed(html)].sort()).toEqual(
			[...new Set([...own.scripts, ...own.styles, ...own.styleAttributes])].map((hash) => hash.replace(/^'|'$/g, '')).sort(),
		);
	});
});
