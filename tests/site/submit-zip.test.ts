/** A producer without a git-host account: the submit form's .zip for the organisers, and `npm run import` of it. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/validate';
import { fillTypicalEntry, photo } from '../../scripts/support/submit-form';
import { useSite } from '../support/site';

const site = useSite();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const project = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'showcase-submit-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const slug = 'saule-naubaihanasy';

/** The typical entry with a good price and, unless told otherwise, a file picked for the product photo too; previewed. */
async function previewEntry(page: Page, { productPhoto = true } = {}): Promise<void> {
	await fillTypicalEntry(page);
	const product = page.locator('[data-list="products"] [data-row]').first();
	await product.locator('[name="price"]').fill('1 200');
	if (productPhoto)
		await product
			.locator('input[type="file"]')
			.setInputFiles({ name: 'nan.jpg', mimeType: 'image/jpeg', buffer: await photo(1600, 1200, '#8a5a2b') });
	await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
	await expect.poll(() => page.locator('[data-result]').isVisible()).toBe(true);
}

const sendButton = (page: Page) => page.getByRole('button', { name: 'Ұйымдастырушыларға жіберу (.zip)' });

// Filling the form, zipping two photos and running the import (Node with the validator) take a while on 2 cores.
describe('a producer without a GitHub account', { timeout: 90_000 }, () => {
	it('saves the entry and its photos as one .zip, which npm run import puts in place unchanged', async () => {
		const { page, problems } = await site.open('/submit/', phone);
		const scripts: string[] = [];
		page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
		await previewEntry(page);
		// The zipping code is fetched only when asked for.
		expect(scripts.filter((url) => /entry-zip/.test(url))).toEqual([]);
		const [download] = await Promise.all([page.waitForEvent('download'), sendButton(page).click()]);
		expect(download.suggestedFilename()).toBe(`${slug}.zip`);
		expect(scripts.filter((url) => /entry-zip/.test(url))).toHaveLength(1);
		await expect.poll(() => page.locator('[data-zip-status]').textContent()).toContain(`${slug}.zip файлы жүктеулерге сақталды`);
		const zip = join(scratch, 'saved.zip');
		await download.saveAs(zip);

		const root = mkdtempSync(join(scratch, 'project-'));
		mkdirSync(join(root, 'content/businesses'), { recursive: true });
		await promisify(execFile)(join(project, 'node_modules/.bin/node'), [join(project, 'scripts/import.ts'), `--root=${root}`, zip]);
		const folder = join(root, 'content/businesses', slug);
		expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toBe(await page.locator('[data-mdx]').inputValue());
		expect(await validateEntry(folder, { root })).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('shares the .zip through the share sheet where the phone can share files', async () => {
		const { page } = await site.open('/submit/', phone);
		await page.evaluate(() => {
			const shared: { name: string; type: string; size: number; text?: string | undefined }[] = [];
			Object.assign(window, { shared });
			Object.assign(navigator, {
				canShare: (data: ShareData) => Boolean(data.files?.length),
				share: (data: ShareData) =>
					Promise.resolve(
						void shared.push(...(data.files ?? []).map((file) => ({ name: file.name, type: file.type, size: file.size, text: data.text }))),
					),
			});
		});
		await previewEntry(page);
		await sendButton(page).click();
		await expect.poll(() => page.locator('[data-zip-status]').textContent()).toBe(`Файл жіберілді: ${slug}.zip`);
		const shared = await page.evaluate(
			() => (window as unknown as { shared: { name: string; type: string; size: number; text: string }[] }).shared,
		);
		expect(shared).toEqual([
			{ name: `${slug}.zip`, type: 'application/zip', size: expect.any(Number), text: 'Каталогқа жазба: «Сәуле» наубайханасы' },
		]);
		expect(shared[0]!.size).toBeGreaterThan(1000);
	});

	it('is asked for the file of a photo the entry names before anything is zipped', async () => {
		const { page } = await site.open('/submit/', phone);
		await previewEntry(page, { productPhoto: false });
		await sendButton(page).click();
		await expect.poll(() => page.locator('[data-zip-status]').textContent()).toBe('Алдымен әр фотосуреттің файлын таңдаңыз: nan.jpg');
	});

	it('sees whom the .zip goes to, in the page’s language', async () => {
		const { page } = await site.open('/en/submit/', phone);
		const send = page.locator('[data-send]');
		expect(await send.locator('address').textContent()).toMatch(
			/Kazaly district entrepreneurship office[\s\S]*\+7 700 000 00 90[\s\S]*korme@kazaly-showcase\.example\.kz[\s\S]*A sample contact/,
		);
		expect(await send.locator('a[href^="https://wa.me/"]').getAttribute('href')).toBe('https://wa.me/77000000091');
	});
});
