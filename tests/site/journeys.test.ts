/** What visitors come to do, done in Chromium by clicking real links and typing into real forms. */
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { bottleCategory, bottleQuery, bottleWorkshop, pages } from '../support/pages';
import { useSite } from '../support/site';

const site = useSite();

/** A producer profile path in the default language: /producers/<slug>/. */
const profilePath = /^\/producers\/[^/]+\/$/;

/** The hrefs of the links a locator finds, as written in the HTML. */
function hrefs(links: Locator): Promise<string[]> {
	return links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
}

it('a visitor opens the home page, goes to a producer and finds a WhatsApp button with a prefilled message', async () => {
	const { page } = await site.open(pages.home);
	const main = page.getByRole('main');
	const producer = (await hrefs(main.getByRole('link'))).find((href) => profilePath.test(href));
	expect(producer, 'the home page links to a producer profile').toBeDefined();

	await main.locator(`a[href="${producer}"]`).first().click();
	await page.waitForURL(site.url(producer!));

	const whatsapp = page.getByRole('main').getByRole('link').and(page.locator('a[href^="https://wa.me/"]')).first();
	await expect.poll(() => whatsapp.isVisible(), { message: 'the profile shows a WhatsApp button' }).toBe(true);
	const href = new URL((await whatsapp.getAttribute('href'))!);
	expect(href.pathname).toMatch(/^\/7\d{10}$/);
	expect(href.searchParams.get('text')?.trim()).toBeTruthy();
});

it("a buyer searches for бөтелке from the home page's search box and finds the bottle workshop", async () => {
	const { page } = await site.open(pages.home);
	const search = page.getByRole('main').getByRole('search');
	await search.getByRole('searchbox').fill(bottleQuery);
	await search.getByRole('searchbox').press('Enter');
	await page.waitForURL((url) => url.pathname === pages.search && url.searchParams.get('q') === bottleQuery);

	const results = page.getByRole('main').getByRole('listitem').getByRole('link');
	const workshop = results.and(page.locator(`a[href^="/producers/${bottleWorkshop}/"]`)).first();
	await expect.poll(() => workshop.isVisible(), { message: `a search result links to /producers/${bottleWorkshop}/…` }).toBe(true);
});

it.each([
	pages.home,
	pages.producers,
	pages.profile,
	pages.product,
	pages.products,
	pages.category,
	pages.delivery,
	pages.newest,
	`${pages.search}?q=${bottleQuery}`,
	pages.about,
	'/ru/',
	'/en/',
])('%s loads without console errors or failed requests', async (path) => {
	const { page, status, problems } = await site.open(path);
	await page.waitForLoadState('networkidle');
	expect(status).toBe(200);
	expect(problems.consoleErrors).toEqual([]);
	expect(problems.failedRequests).toEqual([]);
});

it('a visitor without JavaScript can browse categories', async () => {
	const { page } = await site.open(pages.producers, { javaScriptEnabled: false });
	await page.getByRole('main').locator(`a[href="/categories/${bottleCategory}/"]`).first().click();
	await page.waitForURL(site.url(pages.category));

	const producers = [
		...new Set((await hrefs(page.getByRole('main').getByRole('listitem').getByRole('link'))).filter((href) => profilePath.test(href))),
	];
	expect(producers).toContain(`/producers/${bottleWorkshop}/`);

	// Filtered: every producer listed under the category says, on its own profile, that it belongs there.
	for (const producer of producers) {
		const profile = await (await page.request.get(site.url(producer))).text();
		expect(profile, `${producer} belongs to ${bottleCategory}`).toContain(`href="/categories/${bottleCategory}/"`);
	}
});

it('a buyer in Арал, on a phone, goes from the home page to a producer that delivers there and a prefilled WhatsApp order in three taps', async () => {
	const { page, problems } = await site.open(pages.home, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const main = page.getByRole('main');

	// Tap 1: the home page's delivery areas.
	await main.getByRole('link', { name: /^Арал/ }).first().tap();
	await page.waitForURL(site.url(pages.delivery));
	await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Арал');

	// Tap 2: a producer that delivers there.
	const producer = (await hrefs(page.getByRole('main').getByRole('listitem').getByRole('link'))).find((href) => profilePath.test(href));
	expect(producer, 'the Арал page lists a producer').toBeDefined();
	await page.getByRole('main').locator(`a[href="${producer}"]`).first().tap();
	await page.waitForURL(site.url(producer!));
	expect(await page.locator(`main a[href="${pages.delivery}"]`).count(), 'the profile says the producer delivers to Арал').toBeGreaterThan(
		0,
	);

	// Tap 3 would leave for WhatsApp: the first product's order button is on the screen, with the order written.
	const order = page.getByRole('main').locator('article a[href^="https://wa.me/"]').first();
	await order.scrollIntoViewIfNeeded();
	expect(await order.isVisible()).toBe(true);
	const box = (await order.boundingBox())!;
	expect(box.height, 'the order button is a phone-sized tap target').toBeGreaterThanOrEqual(44);
	const text = new URL((await order.getAttribute('href'))!).searchParams.get('text')!;
	expect(text).toContain('тапсырыс бергім келеді');
	expect(text).toContain('___');
	expect(new URL(text.split('\n').at(-1)!).pathname).toMatch(new RegExp(`^${producer}[^/]+/$`));
	expect(problems.consoleErrors).toEqual([]);
	expect(problems.failedRequests).toEqual([]);
});
