import type { FieldPath } from '../lib/field-path.ts';
import type { Finding } from './problem.ts';

/** Every value in parsed fields, groups and lists included, with its path: what the rules over all fields walk. */
export function* fieldValues(data: unknown, path: FieldPath = []): Generator<{ path: FieldPath; value: unknown }> {
	yield { path, value: data };
	if (Array.isArray(data)) for (const [index, item] of data.entries()) yield* fieldValues(item, [...path, index]);
	else if (data && typeof data === 'object' && !(data instanceof Date))
		for (const [key, item] of Object.entries(data)) yield* fieldValues(item, [...path, key]);
}

/**
 * A list that names one value twice: `deliveryAreas: [district, district]`, `keywords.ru: [хлеб, Хлеб]`. Each repeat is
 * reported where it is written; without this a list of one choice repeated thousands of times fits the front matter.
 */
export function repeatedValues(data: unknown): { path: FieldPath; finding: Finding }[] {
	const found: { path: FieldPath; finding: Finding }[] = [];
	for (const { path, value } of fieldValues(data)) {
		if (!Array.isArray(value)) continue;
		const seen = new Set<string>();
		for (const [index, item] of value.entries()) {
			if (typeof item !== 'string') continue;
			const key = item.trim().toLocaleLowerCase();
			if (seen.has(key))
				found.push({
					path: [...path, index],
					finding: { rule: 'list-duplicate', found: JSON.stringify(item), expected: 'each value once' },
				});
			seen.add(key);
		}
	}
	return found;
}
