/** The submit form as a producer fills it in: shared by the browser test and the screenshots in docs/. */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { hostileStory, unbroken } from './hostile-entry.ts';

/** A landscape JPEG as a phone would give it. */
export function photo(width = 1600, height = 1200, background = '#c9953f'): Promise<Buffer> {
	return sharp({ create: { width, height, channels: 3, background } })
		.jpeg()
		.toBuffer();
}

/**
 * Fills in a typical entry: one photo (a plain JPEG unless `cover` is given), one product whose price is typed with
 * Cyrillic «О» for zeros by mistake.
 */
export async function fillTypicalEntry(page: Page, cover?: Buffer): Promise<void> {
	const form = page.locator('entry-form form');
	await form.locator('[name="name.kk"]:not([data-row] *)').fill('«Сәуле» наубайханасы');
	await form.locator('[name="owner"]').fill('Гүлнар Сейітова');
	await form.locator('[name="summary.kk"]').fill('Әйтеке биде күн сайын тандыр наны мен бәліш пісіреміз: таңертең — ыстық.');
	await form.locator('[name="category"]').selectOption('bakery');
	await form.locator('[name="village"]').selectOption('aiteke-bi');
	await form.locator('[name="since"]').fill('2021');
	await form.locator('[name="jobs"]').fill('3');
	for (const [name, value] of [
		['deliveryAreas', 'district'],
		['deliveryAreas', 'aral'],
		['deliveryModes', 'pickup'],
		['payments', 'cash'],
		['payments', 'kaspi'],
	]) {
		await form.locator(`input[name="${name}"][value="${value}"]`).check();
	}
	await form.locator('[name="contacts.whatsapp"]').fill('8 (700) 000-00-05');
	await form.locator('[name="contacts.instagram"]').fill('https://instagram.com/saule_nan_sample/');
	const photos = form.locator('[data-list="photos"] [data-row]').first();
	await photos
		.locator('input[type="file"]')
		.setInputFiles({ name: 'IMG 0001.JPG', mimeType: 'image/jpeg', buffer: cover ?? (await photo()) });
	await photos.locator('[name="alt.kk"]').fill('Тандырдан жаңа шыққан нан');
	const product = form.locator('[data-list="products"] [data-row]').first();
	await product.locator('[name="name.kk"]').fill('Тандыр нан');
	await product.locator('[name="price"]').fill('2ОО');
	await product.locator('[name="unit"]').selectOption('piece');
	await product.locator('[name="availability"]').selectOption('in-stock');
	await product.locator('[name="photo"]').fill('nan.jpg');
	await form
		.locator('[name="story"]')
		.fill('Гүлнар апай 2021 жылы «Ауыл аманаты» бағдарламасымен тандыр салды.\n\nНан {күн сайын} піседі: <таңғы> 6-да.');
}

/**
 * Fills in a typical entry, then makes its name, owner, summary, product name and photo name as long as the form
 * accepts, each one word, and pastes the hostile story as its text. The name is not the hostile entry's, which
 * the catalogue may already hold.
 */
export async function fillHostileEntry(page: Page): Promise<void> {
	await fillTypicalEntry(page);
	const form = page.locator('entry-form form');
	await form.locator('[name="name.kk"]:not([data-row] *)').fill(unbroken(80, 'Тәттілер'));
	await form.locator('[name="owner"]').fill(unbroken(80));
	await form.locator('[name="summary.kk"]').fill(unbroken(200));
	const product = form.locator('[data-list="products"] [data-row]').first();
	await product.locator('[name="name.kk"]').fill(unbroken(80));
	await product.locator('[name="price"]').fill('1000000000');
	await product.locator('[name="photo"]').fill(`${'shanyraq'.repeat(10)}.jpg`);
	await form.locator('[name="story"]').fill(hostileStory);
}
