/** Driving the real search page in Chromium: open /search/?q=…, wait for its answer, read the results it shows. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Shown } from './recall';

/** The "searching…" text of each language's search page: the status line shows it until the answer is in. */
const loading = Object.fromEntries(
	['kk', 'ru', 'en'].map((locale) => [
		locale,
		JSON.parse(readFileSync(new URL(`../../src/i18n/${locale}.json`, import.meta.url), 'utf8'))['search.loading'] as string,
	]),
);

/** The search page of a language: /search/, /ru/search/, /en/search/. */
export function searchPath(query: string, locale: 'kk' | 'ru' | 'en' = 'kk'): string {
	return `${locale === 'kk' ? '' : `/${locale}`}/search/?q=${encodeURIComponent(query)}`;
}

/**
 * Opens a search URL in `page` and returns the status line and the first `count` results once they are shown. When
 * the page already shows that search page, the address changes in place and the page is told so, as the browser's
 * back button does: the page answers from the address either way, and Pagefind stays loaded between queries.
 */
export async function search(page: Page, url: string, count: number): Promise<{ status: string; results: Shown[] }> {
	const target = new URL(url);
	const locale = target.pathname.match(/^\/(ru|en)\//)?.[1] ?? 'kk';
	const current = page.url() === 'about:blank' ? undefined : new URL(page.url());
	if (current?.origin === target.origin && current.pathname === target.pathname) {
		// The status line turns to "searching…" before this returns, so the wait below cannot read the last answer.
		await page.evaluate((href) => {
			history.pushState(null, '', href);
			dispatchEvent(new PopStateEvent('popstate'));
		}, target.href);
	} else await page.goto(url, { waitUntil: 'domcontentloaded' });
	// The status is empty, then "searching…", then the count or the "nothing found" text, set with the results.
	await page.waitForFunction(
		(searching) => {
			const text = document.querySelector('[data-status]')?.textContent?.trim();
			return Boolean(text) && text !== searching;
		},
		loading[locale],
		// A state, waited on as long as a busy machine needs; a minute means the page is stuck.
		{ timeout: 60_000 },
	);
	const status = (await page.locator('[data-status]').textContent())?.trim() ?? '';
	const results = await page.locator('ol[data-results] a.search-result').evaluateAll(
		(links, count) =>
			links.slice(0, count).map((link) => ({
				href: link.getAttribute('href') ?? '',
				title: link.querySelector('strong')?.textContent ?? '',
				lines: [...link.querySelectorAll('span[class^="search-"]')].map((line) => line.textContent ?? ''),
			})),
		count,
	);
	return { status, results };
}
