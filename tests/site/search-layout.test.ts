/** The search page holds still while its results arrive (no layout shift), and they arrive without a wasted round trip. */
import { expect, it } from 'vitest';
import { useSite } from '../support/site';

const site = useSite();

declare global {
	interface Window {
		/** Every layout shift the page has had, with what moved. */
		shifts: { value: number; moved: string[] }[];
	}
}

const screens = [
	['a phone', { width: 390, height: 844 }],
	['a desktop', { width: 1280, height: 800 }],
] as const;
// Under ten results on the sample site, and over ten on any: then «show more» comes too, below the results it
// must not be pushed by.
const queries = [
	{ query: 'бөтелке', more: false },
	{ query: 'сүт', more: true },
];

it.each(screens.flatMap(([screen, viewport]) => queries.map(({ query, more }) => ({ screen, viewport, query, more }))))(
	'on $screen, the results for $query arriving move nothing on the page',
	async ({ viewport, query, more }) => {
		const { page } = await site.open('about:blank', { viewport });
		// Recorded from the first paint: the observer is in place before the page's own scripts run.
		await page.addInitScript(() => {
			window.shifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node }[];
				})[]) {
					if (entry.hadRecentInput) continue;
					window.shifts.push({
						value: entry.value,
						moved: entry.sources.map(({ node }) =>
							node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName),
						),
					});
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(site.url(`/search/?q=${query}`));
		await page
			.getByRole('status')
			.filter({ hasText: /^\d+ нәтиже$/ })
			.waitFor();
		await page.locator('[data-results] li').first().waitFor();
		if (more) expect(await page.locator('[data-more]').isVisible(), `«show more» for ${query}`).toBe(true);
		// The thumbnails in view have loaded, and two frames have been drawn since: every shift so far has been reported.
		await page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLImageElement>('[data-results] img')].every(
				(image) => image.complete || image.getBoundingClientRect().top > innerHeight,
			),
		);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
		const shifts = await page.evaluate(() => window.shifts);
		// Chromium reports sub-pixel moves as tiny shifts; anything a reader could see is far above this.
		const total = shifts.reduce((sum, { value }) => sum + value, 0);
		expect(total, `shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.001);
	},
);

it('without JavaScript the note saying so takes the answer area, which no longer reserves a screen', async () => {
	const { page } = await site.open('/search/?q=бөтелке', { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
	expect(await page.locator('[data-no-script]').isVisible()).toBe(true);
	expect(await page.locator('[data-answer]').evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(100);
});

it('Pagefind is fetched once, preloaded with the page rather than discovered by its script', async () => {
	const { page } = await site.open('about:blank');
	const fetched: string[] = [];
	page.on('request', (request) => void (new URL(request.url()).pathname === '/pagefind/pagefind.js' && fetched.push(request.url())));
	await page.goto(site.url('/search/?q=бөтелке'));
	await page.locator('[data-results] li').first().waitFor();
	expect(fetched).toHaveLength(1);
	expect(await page.locator('link[rel="modulepreload"]').getAttribute('href')).toBe('/pagefind/pagefind.js');
});

it('the search runs in Pagefind’s worker, which fetches the engine once, so the page itself stays free to scroll and type', async () => {
	const { page } = await site.open('about:blank');
	const fetched: string[] = [];
	page.on('request', (request) => void fetched.push(new URL(request.url()).pathname));
	await page.goto(site.url('/search/?q=бөтелке'));
	await page.locator('[data-results] li').first().waitFor();
	expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
	expect(fetched.filter((path) => path === '/pagefind/wasm.unknown.pagefind')).toHaveLength(1);
});
