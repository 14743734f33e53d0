import { photoFileName } from '../../entry/photo-rules.ts';
import { photoMimeTypes } from '../../lib/photo-format.ts';
import { limits } from '../../validate/limits.ts';
import type { AnswerMessage } from '../../entry/entry-messages.ts';

/**
 * Photos the visitor picks: checked here against the site's photo rules, given a file name the entry can
 * use, and kept for the preview. Nothing is uploaded; the visitor adds the files to the repository later.
 */

/** The picked file and what is wrong with it, by the name field it belongs to. */
const picked = new WeakMap<HTMLInputElement, { file: File; problem?: AnswerMessage | undefined }>();

/** The name field beside a file picker. */
export function nameFieldOf(picker: HTMLInputElement): HTMLInputElement | null {
	return picker.closest('[data-photo]')?.querySelector<HTMLInputElement>('input[data-kind="photo"]') ?? null;
}

/** Takes a picked file: names it (keeping its own name when the entry can use it) and checks it. */
export async function takePhoto(picker: HTMLInputElement, form: HTMLFormElement): Promise<void> {
	const nameField = nameFieldOf(picker);
	const file = picker.files?.[0];
	if (!nameField || !file) return;
	const used = new Set(
		[...nameFields(form)].filter((field) => field !== nameField && picked.get(field)?.file !== file).map((field) => field.value),
	);
	nameField.value = photoFileName(file.name, used);
	nameField.dataset['original'] = file.name;
	picked.set(nameField, { file, problem: await problemOf(file) });
}

/** What the validator would refuse in a photo (src/validate/limits.ts): its format, its size, its dimensions. */
async function problemOf(file: File): Promise<AnswerMessage | undefined> {
	if (!photoMimeTypes.includes(file.type)) return { key: 'submit.error.photoType' };
	if (file.size > limits.photoBytes) return { key: 'submit.error.photoSize', values: { max: limits.photoBytes / 1024 / 1024 } };
	const size = await createImageBitmap(file).then(
		(bitmap) => {
			const { width, height } = bitmap;
			bitmap.close();
			return { width, height };
		},
		() => undefined,
	);
	if (!size) return { key: 'submit.error.photoType' };
	if (Math.max(size.width, size.height) > limits.photoMaxSide)
		return { key: 'submit.error.photoSide', values: { max: limits.photoMaxSide } };
	return size.width < limits.photoMinWidth ? { key: 'submit.error.photoWidth', values: { min: limits.photoMinWidth } } : undefined;
}

function nameFields(form: HTMLFormElement): NodeListOf<HTMLInputElement> {
	return form.querySelectorAll<HTMLInputElement>('input[data-kind="photo"]');
}

/** Messages about picked photos, by the name field's entry path: a refused file, or one name given to two files. */
export function photoMessages(form: HTMLFormElement, pathOf: (field: HTMLInputElement) => string): Map<string, AnswerMessage> {
	const messages = new Map<string, AnswerMessage>();
	const files = new Map<string, File>();
	for (const field of nameFields(form)) {
		const entry = picked.get(field);
		if (!entry || field.value.trim() === '') continue;
		const other = files.get(field.value);
		if (entry.problem) messages.set(pathOf(field), entry.problem);
		else if (other && other !== entry.file) messages.set(pathOf(field), { key: 'submit.error.photoClash' });
		files.set(field.value, entry.file);
	}
	return messages;
}

/** The picked file behind a name field, for the preview. */
export function pickedFile(field: HTMLInputElement | null): File | undefined {
	return field ? picked.get(field)?.file : undefined;
}

/** The picked files the validator would accept, by the name the entry gives them. */
export function pickedPhotos(form: HTMLFormElement): Map<string, File> {
	const files = new Map<string, File>();
	for (const field of nameFields(form)) {
		const entry = picked.get(field);
		if (entry && !entry.problem && field.value.trim() !== '' && !files.has(field.value)) files.set(field.value, entry.file);
	}
	return files;
}

/** Each planned file name with the name of the visitor's own file where it differs, so they know which to upload. */
export function photoOrigins(form: HTMLFormElement): Map<string, string> {
	const origins = new Map<string, string>();
	for (const field of nameFields(form)) {
		const original = field.dataset['original'];
		if (original && field.value && original !== field.value) origins.set(field.value, original);
	}
	return origins;
}
