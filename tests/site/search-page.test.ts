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
	expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await page.locator(firstResult).getAttribute('href'));
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
	const loading = built.pages.filter((page) => !searchPages.has(page) && /pagefind|site-search/i.test(built.document(page).querySelectorAll('script').map((script) => `${script.getAttribute('src') ?? ''} ${script.textContent}`).join(' ')));
	expect(loading).toEqual([]);
});
