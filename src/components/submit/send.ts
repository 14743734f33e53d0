import { archiveName } from '../../entry/entry-archive.ts';
import { type Locale, type Localized, inLocale } from '../../lib/locale.ts';
import type { Checked } from './check.ts';
import { pickedPhotos } from './photos.ts';
import { photoFiles } from './preview.ts';
import type { Translate } from './translate.ts';

/**
 * The entry for the organisers: index.mdx and the picked photos under the names the entry gives them, as one .zip
 * shared through the phone's share sheet (WhatsApp, e-mail) or saved where the browser cannot share files.
 * Returns what to tell the visitor.
 */
export async function sendEntry(form: HTMLFormElement, checked: Checked, t: Translate, locale: Locale): Promise<string> {
	const { entry, data, slug } = checked;
	if (!entry) return '';
	const picked = pickedPhotos(form);
	const wanted = photoFiles(data);
	// A .zip without a photo the entry names would only be refused when the organisers import it.
	const missing = wanted.filter((name) => !picked.has(name));
	if (missing.length > 0) return t('submit.zip.missing', { files: missing.join(', ') });
	// fflate is loaded only now: most visitors never ask for the .zip.
	const { entryZip } = await import('../../entry/entry-zip.ts');
	const photos = new Map(
		await Promise.all(wanted.map(async (name) => [name, new Uint8Array(await picked.get(name)!.arrayBuffer())] as const)),
	);
	const name = archiveName(slug);
	const file = new File([entryZip(slug, entry.mdx, photos)], name, { type: 'application/zip' });
	if (navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({
				files: [file],
				title: name,
				text: t('submit.zip.shareText', { name: inLocale(data['name'] as Localized, locale) }),
			});
			return t('submit.zip.shared', { file: name });
		} catch (error) {
			// Closing the share sheet is the visitor's choice; any other failure falls back to saving the file.
			if ((error as DOMException).name === 'AbortError') return '';
		}
	}
	save(file);
	return t('submit.zip.saved', { file: name });
}

/** Saves a file through the browser's downloads. */
function save(file: File): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(file);
	link.download = file.name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: the download reads the object URL after the click returns.
	setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
