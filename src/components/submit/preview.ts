import type { EntryData, EntryValue } from '../../entry/entry-mdx.ts';
import { type Locale, type Localized, inLocale } from '../../lib/locale.ts';
import { formatTenge } from '../../lib/money.ts';
import { urlLimit } from '../../entry/new-file-url.ts';
import type { Checked } from './check.ts';
import { photoOrigins, pickedFile } from './photos.ts';
import { type Translate, numberLocale } from './translate.ts';

/** Fills the result section: the card as the catalogue shows it, the link or the text to copy, the photo list. */
export function showEntry(result: HTMLElement, form: HTMLFormElement, checked: Checked, t: Translate, locale: Locale): void {
	const { data, entry } = checked;
	if (!entry) return;
	const set = (selector: string, text: string) => (result.querySelector(selector)!.textContent = text);
	const products = (data['products'] as Record<string, EntryValue>[]) ?? [];
	const rows = form.querySelectorAll('[data-list="products"] [data-rows] > [data-row]');

	set('[data-category]', chosen(form, 'select[name="category"]'));
	set('[data-name]', text(data['name'], locale));
	set('[data-summary]', text(data['summary'], locale));
	set('[data-village]', chosen(form, 'select[name="village"]'));
	set('[data-count]', t('products.count', { count: products.length }));
	set('[data-lowest]', `≥ ${formatTenge(Math.min(...products.map((product) => Number(product['price']))), numberLocale(locale))}`);
	showCover(result.querySelector<HTMLImageElement>('[data-cover]')!, form);
	result.querySelector('[data-products]')!.replaceChildren(
		...products.map((product, index) => {
			const item = document.createElement('li');
			item.className = 'flex justify-between gap-3 rounded-xl bg-white p-3 shadow-card';
			const name = document.createElement('span');
			name.textContent = text(product['name'], locale);
			const price = document.createElement('strong');
			price.textContent = t('product.per', {
				price: formatTenge(Number(product['price']), numberLocale(locale)),
				unit: chosen(rows[index], 'select[name="unit"]'),
			});
			item.append(name, price);
			return item;
		}),
	);

	set('[data-file]', t('submit.file', { path: entry.path }));
	result.querySelector<HTMLElement>('[data-link]')!.hidden = !entry.fits;
	result.querySelector<HTMLElement>('[data-copy-box]')!.hidden = entry.fits;
	result.querySelector<HTMLElement>('[data-step="link"]')!.hidden = !entry.fits;
	result.querySelector<HTMLElement>('[data-step="copy"]')!.hidden = entry.fits;
	result.querySelector<HTMLAnchorElement>('[data-open]')!.href = entry.fits ? entry.url! : '#';
	result.querySelector<HTMLTextAreaElement>('[data-mdx]')!.value = entry.mdx;
	result.querySelector<HTMLAnchorElement>('[data-open-empty]')!.href =
		entry.emptyUrl ?? form.closest<HTMLElement>('entry-form')?.dataset['repository'] ?? '#';
	set('[data-too-long]', entry.fits ? '' : t('submit.tooLong', { length: entry.url?.length ?? entry.mdx.length, limit: urlLimit }));
	set('[data-copied]', '');
	set('[data-photos-step]', t('submit.step.photos', { slug: checked.slug }));
	const origins = photoOrigins(form);
	result.querySelector('[data-photo-list]')!.replaceChildren(
		...photoFiles(data).map((file) => {
			const item = document.createElement('li');
			const original = origins.get(file);
			item.textContent = original ? `${file} (${t('submit.photoFrom', { file: original })})` : file;
			return item;
		}),
	);
}

/** The label of the option chosen in a select, as the visitor saw it. */
function chosen(root: ParentNode | undefined, selector: string): string {
	return root?.querySelector<HTMLSelectElement>(selector)?.selectedOptions[0]?.text ?? '';
}

function text(value: EntryValue | undefined, locale: Locale): string {
	if (value === undefined) return '';
	if (typeof value !== 'object') return String(value);
	return Array.isArray(value) ? value.map((item) => text(item, locale)).join(',') : inLocale(value as Localized, locale);
}

/** Every photo file the entry names, once each, cover first. */
export function photoFiles(data: EntryData): string[] {
	const photos = ((data['photos'] as Record<string, EntryValue>[]) ?? []).map((photo) => String(photo['src'] as string | undefined));
	const products = ((data['products'] as Record<string, EntryValue>[]) ?? []).map((product) =>
		String(product['photo'] as string | undefined),
	);
	return [...new Set([...photos, ...products].map((src) => src.replace(/^\.\/photos\//, '')))];
}

let coverUrl: string | undefined;

/** The first photo, if the visitor picked its file; an empty sand-coloured frame otherwise. */
function showCover(image: HTMLImageElement, form: HTMLFormElement): void {
	const file = pickedFile(form.querySelector<HTMLInputElement>('[data-list="photos"] [data-row] input[data-kind="photo"]'));
	if (coverUrl) URL.revokeObjectURL(coverUrl);
	coverUrl = file ? URL.createObjectURL(file) : undefined;
	image.hidden = !coverUrl;
	if (coverUrl) image.src = coverUrl;
}
