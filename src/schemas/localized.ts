import { z } from 'astro/zod';
import { type Locale, defaultLocale, languages, locales } from '../lib/locale.ts';

type Translations = { [locale in Exclude<Locale, typeof defaultLocale>]: z.ZodOptional<z.ZodString> };

/**
 * Text in Kazakh with optional translations (ru, en). A plain string is read as the Kazakh text,
 * so `name: Дәмді нан` and `name: { kk: Дәмді нан, ru: Вкусный хлеб }` both work.
 */
export function localized(max: number) {
	const text = z.string().trim().min(1).max(max);
	const translations = Object.fromEntries(
		locales
			.filter((locale) => locale !== defaultLocale)
			.map((locale) => [locale, text.optional().describe(`${languages[locale].name} translation.`)]),
	) as Translations;
	return z.preprocess(
		(value) => (typeof value === 'string' ? { [defaultLocale]: value } : value),
		z.strictObject({ kk: text.describe('Kazakh text (Cyrillic). Required.'), ...translations }),
	);
}
