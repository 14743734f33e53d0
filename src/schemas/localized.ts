import { z } from 'astro/zod';

/**
 * Text in Kazakh with optional Russian and English versions. A plain string is read as the Kazakh text,
 * so `name: Дәмді нан` and `name: { kk: Дәмді нан, ru: Вкусный хлеб }` both work.
 */
export function localized(max: number) {
	const text = z.string().trim().min(1).max(max);
	return z.preprocess(
		(value) => (typeof value === 'string' ? { kk: value } : value),
		z.strictObject({
			kk: text.describe('Kazakh text (Cyrillic). Required.'),
			ru: text.optional().describe('Russian translation.'),
			en: text.optional().describe('English translation.'),
		}),
	);
}
