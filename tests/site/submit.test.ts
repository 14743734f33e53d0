/** The submit page: a producer fills in the form on a phone and gets the repository's new-file page with a valid entry. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { urlLimit } from '../../src/entry/new-file-url';
import { validateEntry } from '../../src/validate';
import { axeViolations, formatViolations } from '../support/axe';
import { fillTypicalEntry, photo } from '../../scripts/support/submit-form';
import { useSite } from '../support/site';

const site = useSite();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const scratch = mkdtempSync(join(tmpdir(), 'showcase-submit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The message shown beside a control, found through the field it belongs to (top-level fields unless a row is given). */
function messageBeside(page: Page, name: string, row = ':not([data-row] *)') {
	return page.locator(`[data-field]${row}`, { has: page.locator(`[name="${name}"]`) }).locator('[data-error]');
}

/** Clicks the link that opens the new-file page, keeping the page where it is, and returns where it would have gone. */
async function followOpenLink(page: Page, selector: string): Promise<URL> {
	await page.locator(selector).evaluate((link) =>
		link.addEventListener('click', (event) => {
			event.preventDefault();
			(window as unknown as { opened: string }).opened = (event.currentTarget as HTMLAnchorElement).href;
		}),
	);
	await page.locator(selector).click();
	return new URL(await page.evaluate(() => (window as unknown as { opened: string }).opened));
}

/** Writes an entry folder as the visitor would after following the steps: the MDX and the photos it lists. */
async function writeEntry(path: string, mdx: string, photos: string[]): Promise<string> {
	const folder = join(scratch, path.replace(/\/index\.mdx$/, ''));
	mkdirSync(join(folder, 'photos'), { recursive: true });
	writeFileSync(join(folder, 'index.mdx'), mdx);
	for (const file of photos) writeFileSync(join(folder, 'photos', file), await photo());
	return folder;
}

describe('a producer on a phone', () => {
	it('fills in the form, fixes a bad price, sees the card and gets a new-file page whose entry passes the validator unchanged', async () => {
		const { page, problems } = await site.open('/submit/', phone);
		await fillTypicalEntry(page);
		const price = page.locator('[data-list="products"] [name="price"]');
		await price.blur();
		await expect.poll(() => messageBeside(page, 'price', '').textContent()).toContain('бүтін оң санмен');
		expect(await price.getAttribute('aria-invalid')).toBe('true');

		await price.fill('1 200');
		await price.blur();
		await expect.poll(() => messageBeside(page, 'price', '').isHidden()).toBe(true);

		await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
		const result = page.locator('[data-result]');
		await expect.poll(() => result.isVisible()).toBe(true);
		expect(await result.locator('article').textContent()).toMatch(
			/«Сәуле» наубайханасы[\s\S]*Наубайхана|Наубайхана[\s\S]*«Сәуле» наубайханасы/,
		);
		expect(await result.locator('[data-products]').textContent()).toContain('1\u00a0200\u00a0₸ / дана');
		expect(await result.locator('[data-photo-list]').textContent()).toContain('img-0001.jpg (сіздегі файл: IMG 0001.JPG)');

		const url = await followOpenLink(page, '[data-open]');
		expect(url.origin + url.pathname).toBe('https://github.com/kazaly-showcase/kazaly-showcase/new/main');
		expect(url.href.length).toBeLessThanOrEqual(urlLimit);
		const filename = url.searchParams.get('filename')!;
		const mdx = url.searchParams.get('value')!;
		expect(filename).toBe('content/businesses/saule-naubaihanasy/index.mdx');
		expect(mdx).toContain('price: 1200');
		expect(mdx).toContain('whatsapp: "+7 700 000 00 05"');
		expect(mdx).toContain('instagram: "saule_nan_sample"');

		const folder = await writeEntry(filename, mdx, ['img-0001.jpg', 'nan.jpg']);
		expect(await validateEntry(folder, { root: scratch })).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('is told which photo is too small before sending anything', async () => {
		const { page } = await site.open('/submit/', phone);
		const row = page.locator('[data-list="photos"] [data-row]').first();
		await row.locator('input[type="file"]').setInputFiles({
			name: 'tiny.png',
			mimeType: 'image/png',
			buffer: await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } })
				.png()
				.toBuffer(),
		});
		await expect.poll(() => messageBeside(page, 'src', '').textContent()).toContain('тым кішкентай');
		expect(await row.locator('[name="src"]').inputValue()).toBe('tiny.png');
	});

	it('gets the text to copy when the entry is too long for a link', async () => {
		const { page } = await site.open('/submit/', phone);
		await fillTypicalEntry(page);
		await page.locator('[data-list="products"] [name="price"]').fill('1200');
		await page.locator('[name="story"]').fill('Қазалы қауыны тәттілігімен бүкіл елге танымал. '.repeat(40));
		await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
		const copyBox = page.locator('[data-copy-box]');
		await expect.poll(() => copyBox.isVisible()).toBe(true);
		expect(await page.locator('[data-open]').isVisible()).toBe(false);
		expect(await page.locator('[data-step="copy"]').isVisible()).toBe(true);
		const mdx = await copyBox.locator('textarea').inputValue();
		expect(mdx).toMatch(/^---\nname:\n {2}kk: "«Сәуле» наубайханасы"/);
		const url = await followOpenLink(page, '[data-open-empty]');
		expect(url.searchParams.get('filename')).toBe('content/businesses/saule-naubaihanasy/index.mdx');
		expect(url.searchParams.has('value')).toBe(false);
	});
});

describe('a producer whose name is taken', () => {
	it('is sent to the guide to update the entry instead of making a second one', async () => {
		const { page } = await site.open('/submit/', phone);
		const name = page.locator('[name="name.kk"]:not([data-row] *)');
		await name.fill('«Дәмді» наубайханасы');
		await name.blur();
		await expect.poll(() => messageBeside(page, 'name.kk').textContent()).toContain('мұндай атаулы жазба бар');
	});
});

describe('in Russian', () => {
	it('names the fields and says what is wrong in Russian', async () => {
		const { page } = await site.open('/ru/submit/', phone);
		await page.getByRole('button', { name: 'Проверить и посмотреть' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Нужно исправить \d+ пол/);
		expect(await messageBeside(page, 'name.kk').textContent()).toBe('Заполните это поле.');
		expect(await page.locator('select[name="category"] option[value="bakery"]').textContent()).toBe('Пекарня');
	});
});

describe('for every visitor', () => {
	it.each(['/guide/', '/ru/guide/', '/en/guide/', '/submit/'])('%s has no axe violations', async (path) => {
		const { page, status } = await site.open(path, phone);
		expect(status).toBe(200);
		expect(formatViolations(await axeViolations(page))).toBe('');
	});

	it('the form has no axe violations with its messages and its result showing', async () => {
		const { page } = await site.open('/en/submit/', phone);
		await page.getByRole('button', { name: 'Check and preview' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/need fixing/);
		expect(formatViolations(await axeViolations(page)), 'with messages').toBe('');
		await fillTypicalEntry(page);
		await page.locator('[data-list="products"] [name="price"]').fill('1200');
		await page.getByRole('button', { name: 'Check and preview' }).click();
		await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);
		expect(formatViolations(await axeViolations(page)), 'with the result').toBe('');
	});

	it('the footer of every page leads to the guide in its language', async () => {
		for (const [path, guide] of [
			['/', '/guide/'],
			['/ru/producers/', '/ru/guide/'],
			['/en/about/', '/en/guide/'],
		]) {
			const { page } = await site.open(path!, phone);
			expect(await page.getByRole('contentinfo').getByRole('link').first().getAttribute('href')).toBe(guide);
		}
	});
});
