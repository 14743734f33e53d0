import type { EntryData, EntryValue } from './entry-mdx.ts';
import { withoutInvisible } from '../lib/invisible.ts';
import { formatPhone, parsePhone } from '../lib/phone.ts';

/**
 * Turns what a person typed (in the submit form or at the `npm run new` prompts) into entry data: numbers
 * written with spaces, phones in any local habit, pasted profile links. What cannot be read is kept as
 * typed, so the schema, not this module, says what is wrong with it.
 */

/** How a typed answer is read. */
export type InputKind = 'text' | 'whole' | 'decimal' | 'phone' | 'handle' | 'photo' | 'list';

/** One answer: where it goes in the entry (`products.0.price`), how to read it, what was typed. */
export interface InputField {
	path: string;
	kind: InputKind;
	value: string | string[];
}

/** A whole number as people write it: «1 200», «1 200 ₸», «12000»; anything else is returned as typed. */
export function wholeNumber(text: string): number | string {
	const bare = text.replace(/[\s₸]/g, '');
	return /^-?\d{1,15}$/.test(bare) ? Number(bare) : text.trim();
}

/** A number that may have a fraction, with a comma or a point: «2,5» -> 2.5. */
function decimalNumber(text: string): number | string {
	const bare = text.replace(/[\s%]/g, '').replace(',', '.');
	return /^-?\d{1,15}(?:\.\d+)?$/.test(bare) ? Number(bare) : text.trim();
}

/** A Kazakh phone number written the usual way, +7 700 123 45 67, whatever way it was typed. */
export function phoneNumber(text: string): string {
	const national = parsePhone(text);
	return national ? formatPhone(national) : text.trim();
}

/** A user name from what people paste: «@damdi_nan», «https://t.me/damdi_nan», «instagram.com/damdi_nan/». */
export function userName(text: string): string {
	const trimmed = text.trim();
	const link = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|instagram\.com)\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(trimmed);
	return (link ? link[1]! : trimmed).replace(/^@/, '');
}

/** The value an answer stands for, or undefined when it was left empty. */
export function readInput(kind: InputKind, typed: string | string[]): EntryValue | undefined {
	if (Array.isArray(typed)) return typed.map(withoutInvisible).filter(Boolean);
	const value = withoutInvisible(typed);
	if (!value.trim()) return undefined;
	switch (kind) {
		case 'whole':
			return wholeNumber(value);
		case 'decimal':
			return decimalNumber(value);
		case 'phone':
			return phoneNumber(value);
		case 'handle':
			return userName(value);
		case 'photo':
			return `./photos/${value.trim()}`;
		case 'list':
			return value
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean);
		default:
			return value.trim().replace(/\r\n?/g, '\n');
	}
}

/** Today in the visitor's own calendar, as YYYY-MM-DD. */
export function today(date = new Date()): string {
	return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Builds the entry from answers: `products.0.price` becomes products[0].price; empty answers and the
 * groups left wholly empty (a wholesale price never given) disappear, rows stay; top-level keys follow `order`.
 */
export function entryFromInput(fields: readonly InputField[], order: readonly string[] = []): EntryData {
	const data: EntryData = {};
	// Empty answers still make their rows, so an untouched product row is reported field by field.
	for (const { path, kind, value } of fields) setPath(data, path.split('.'), readInput(kind, value));
	const pruned = prune(data) as EntryData | undefined;
	const ordered: EntryData = {};
	for (const key of [...order, ...Object.keys(pruned ?? {})]) if (pruned?.[key] !== undefined) ordered[key] ??= pruned[key];
	return ordered;
}

/** Sets a value at a path, making objects for names and arrays for numbers on the way. */
function setPath(target: Record<string, unknown> | unknown[], keys: string[], value: EntryValue | undefined): void {
	const [key, ...rest] = keys as [string, ...string[]];
	const slot = target as Record<string, unknown>;
	if (rest.length === 0) {
		if (value !== undefined) slot[key] = value;
		return;
	}
	slot[key] ??= /^\d+$/.test(rest[0]!) ? [] : {};
	setPath(slot[key] as Record<string, unknown>, rest, value);
}

/** Drops empty objects; array items stay where they are, so an empty product row is still a row to fix. */
function prune(value: unknown): EntryValue | undefined {
	if (Array.isArray(value)) return (value as unknown[]).map((item) => prune(item) ?? {});
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.map(([key, item]) => [key, prune(item)] as const)
			.filter(([, item]) => item !== undefined);
		return entries.length > 0 ? Object.fromEntries(entries) : undefined;
	}
	return value as EntryValue | undefined;
}
