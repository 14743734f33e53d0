/** The search page as a buyer uses it: typing, the address bar, the keyboard, a screen reader, and its weight elsewhere. */
import { expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { useSite } from '../support/site';

const site = useSite();

/** The first result's link, once results are shown. */
const firstResult = '[data-results] li:first-child a';

it('the address carries the query while a buyer types, so the search can be shared and bookmarked', async () => {
	const { page } = await site.open('/search/');
	await page.getByRole('main').getByRole('searchbox').pressSequentially('торт', { delay: 40 });
	await page.waitForURL((url) => url.searchParams.get('q') === 'торт');
	await page.locator(firstResult).waitFor();
});

it('filters go into the address too, and a shared link opens with them applied', async () => {
	const { page } = await site.open('/search/?q=нан&category=bakery');
	await page.locator(firstResult).waitFor();
	expect(await page.locator('select[name="category"]').inputValue()).toBe('bakery');
	const links = await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links.every((href) => href?.startsWith('/producers/damdi-naubaihanasy/'))).toBe(true);
});

it('the back button returns to the previous search', async () => {
	const { page } = await site.open('/search/?q=бөтелке');
	await page.locator(firstResult).waitFor();
	await page.locator('summary', { hasText: 'Сүзгілер мен сұрыптау' }).click();
	await page.getByLabel('Санат').selectOption('bakery');
	await page.waitForURL((url) => url.searchParams.get('category') === 'bakery');
	// A search is a same-page history entry: go back the way the browser's button does.
	await page.evaluate(() => history.back());
	await expect.poll(() => page.locator('select[name="category"]').inputValue()).toBe('');
	await expect.poll(() => page.locator(firstResult).getAttribute('href')).toMatch(/^\/producers\/aqbala-plastik\//);
});

it('a keyboard user walks from the search box into the results with the arrow keys and back with Escape', async () => {
	const { page } = await site.open('/search/?q=бөтелке');
	await page.locator(firstResult).waitFor();
	const box = page.getByRole('main').getByRole('searchbox');
	await box.focus();
	await page.keyboard.press('ArrowDown');
	expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
		await page.locator(firstResult).getAttribute('href'),
	);
	await page.keyboard.press('ArrowDown');
	expect(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling !== null)).toBe(true);
	await page.keyboard.press('Escape');
	expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
});

it('a screen reader hears the number of results: the count is in a status region', async () => {
	const { page } = await site.open('/search/?q=бөтелке');
	const status = page.getByRole('status');
	// Waits for the state, however long a busy machine takes to search: «Ізделуде…» comes first.
	await status.filter({ hasText: /^\d+ нәтиже$/ }).waitFor();
	expect(await status.textContent()).toMatch(/^\d+ нәтиже$/);
});

it('results come ten at a time, and «show more» adds the next ones', async () => {
	const { page } = await site.open('/search/?q=kazaly');
	await page.locator(firstResult).waitFor();
	expect(await page.locator('[data-results] li').count()).toBe(10);
	await page.getByRole('button', { name: 'Тағы көрсету' }).click();
	await page.locator('[data-results] li').nth(10).waitFor();
	expect(await page.locator('[data-results] li').count()).toBeGreaterThan(10);
});

it('no page but the search page loads search code', () => {
	const built = readBuiltSite();
	const searchPages = new Set(['/search/', '/ru/search/', '/en/search/']);
	const loading = built.pages.filter(
		(page) =>
			!searchPages.has(page) &&
			/pagefind|site-search/i.test(
				built
					.document(page)
					.querySelectorAll('script')
					.map((script) => `${script.getAttribute('src') ?? ''} ${script.textContent}`)
					.join(' '),
			),
	);
	expect(loading).toEqual([]);
});

it('a typo finds the nearest known word, says so, and links to the search exactly as typed', async () => {
	const { page } = await site.open('/search/?q=бутвлка');
	await page.locator(firstResult).waitFor();
	expect(await page.locator(firstResult).getAttribute('href')).toMatch(/^\/producers\/aqbala-plastik\//);
	const notice = page.locator('[data-notice]');
	expect(await notice.textContent()).toMatch(/^«[^»]+» бойынша нәтижелер көрсетілген\./);
	await notice.getByRole('link').click();
	await page.waitForURL((url) => url.searchParams.get('exact') === '1');
	await expect.poll(() => page.getByRole('status').textContent()).toMatch(/ештеңе табылмады/);
	expect(await notice.textContent()).toBe('');
});

it('the correction speaks the page’s language', async () => {
	const { page } = await site.open('/en/search/?q=watremelon');
	await page.locator(firstResult).waitFor();
	expect(await page.locator('[data-notice]').textContent()).toMatch(/^Showing results for “[^”]+”\./);
});

it('a place query puts the producers that deliver there first, and says so on each result', async () => {
	const { page } = await site.open('/search/?q=Аралға');
	await page.locator(firstResult).waitFor();
	const lines = await page.locator('[data-results] .search-place').allTextContents();
	expect(lines.length).toBeGreaterThan(0);
	expect(lines.every((line) => line === 'Жеткізеді: Арал')).toBe(true);
	const hrefs = await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]));
	const deliverers = ['altyn-baqsha-sharua-qojalygy', 'aq-dastarqan', 'aqbala-plastik', 'kokserke-balyq-tsehy', 'shanyraq-toi-qyzmeti'];
	expect(hrefs.every((slug) => deliverers.includes(slug!))).toBe(true);
});

it('products found with a place come only from producers that deliver there', async () => {
	const { page } = await site.open('/search/?q=%D0%B1%D0%B0%D0%BB%D1%8B%D2%9B%20%D0%96%D0%BE%D1%81%D0%B0%D0%BB%D1%8B%D2%93%D0%B0');
	await page.locator(firstResult).waitFor();
	const hrefs = await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(hrefs.every((href) => href.startsWith('/producers/kokserke-balyq-tsehy/'))).toBe(true);
});

it('two words that fold alike find their own producers: тығын «cork» the bottle workshop, тігін «sewing» the ateliers', async () => {
	const producers = async (query: string) => {
		const { page } = await site.open(`/search/?q=${encodeURIComponent(query)}`);
		await page.locator(firstResult).waitFor();
		return new Set(await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2])));
	};
	expect([...(await producers('тығын'))]).toEqual(['aqbala-plastik']);
	const sewing = await producers('тігін');
	expect(sewing.has('asem-atelesi')).toBe(true);
	expect(sewing.has('aqbala-plastik')).toBe(false);
});

it('a word that matches nothing finds nothing, not every page, and the page offers the catalogue instead', async () => {
	const { page } = await site.open('/search/?q=абракадабра');
	await expect.poll(() => page.getByRole('status').textContent()).toMatch(/ештеңе табылмады/);
	expect(await page.locator('[data-results] li').count()).toBe(0);
	const help = page.locator('[data-empty]');
	await help.waitFor();
	expect(await help.getByRole('link').count()).toBeGreaterThan(3);
	expect(await help.getByRole('link', { name: 'Кәсіпкерлер' }).count()).toBe(1);
});

it('nothing found for a typo too far off still names the nearest words', async () => {
	const { page } = await site.open('/search/?q=бтелкее');
	await page.locator('[data-nearest]:not([hidden]) a').first().waitFor();
	expect(await page.locator('[data-nearest] a').first().textContent()).toBe('бөтелке');
});

it('results sort by the newest listing, from a control and from the address (?sort=new)', async () => {
	// By relevance the bottle workshop (listed in September) comes first; the dairy farm that bottles shubat was listed in October.
	const { page } = await site.open('/search/?q=бөтелке&sort=new');
	await page.locator(firstResult).waitFor();
	expect(await page.locator('select[name="sort"]').inputValue()).toBe('new');
	expect(await page.locator(firstResult).getAttribute('href')).toBe('/producers/aq-dastarqan/');
});
