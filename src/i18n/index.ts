import { z } from 'astro/zod';
import { type Locale, localeTag, locales } from '../lib/locale';
import { memoize } from '../lib/memo';
import { formatNumber } from '../lib/money';
import { type TemplateValues, templateFormatter } from '../lib/template';
import kk from './kk.json';

/** A UI string, or its plural forms chosen by Intl.PluralRules, with exact forms such as "=0" where a number reads better in words. */
const entry = z.union([z.string().min(1), z.object({ other: z.string().min(1) }).catchall(z.string().min(1))], {
	error: (issue) =>
		issue.input === undefined
			? 'Missing: copy this key from src/i18n/kk.json and translate it.'
			: 'Expected a non-empty text, or plural forms such as { "one": "…", "other": "…" } (other is required).',
});

export type UIKey = keyof typeof kk;

/** Every key of the Kazakh dictionary must be in every other one, and nothing else. */
const dictionarySchema = z.strictObject(Object.fromEntries(Object.keys(kk).map((key) => [key, entry])) as Record<UIKey, typeof entry>);

/** Every dictionary file beside this one, by language code. */
const files = import.meta.glob<{ default: unknown }>('./*.json', { eager: true });
function raw(locale: Locale): unknown {
	const file = files[`./${locale}.json`];
	if (!file)
		throw new Error(
			`src/i18n/${locale}.json is missing: src/lib/locale.ts lists "${locale}", so it needs a dictionary. Copy src/i18n/en.json to it and translate every value.`,
		);
	return file.default;
}

/** The dictionaries, checked once when the site is built: a missing key stops the build. */
export const dictionaries = Object.fromEntries(
	locales.map((locale) => {
		const result = dictionarySchema.safeParse(raw(locale));
		if (!result.success) throw new Error(`src/i18n/${locale}.json is incomplete:\n${z.prettifyError(result.error)}`);
		return [locale, result.data];
	}),
) as Record<Locale, z.infer<typeof dictionarySchema>>;

/** A translator: t('product.minOrder', { count: 5, unit: 'кг' }). */
type Translator = (key: UIKey, values?: TemplateValues) => string;

/**
 * Returns the translator for a locale: t('product.minOrder', { count: 5, unit: 'кг' }). One per language for the
 * whole build: every page and product card asks for one, and each would build Intl's plural rules again.
 */
export const useTranslations = memoize((locale: Locale): Translator => {
	const dictionary = dictionaries[locale];
	const format = templateFormatter(localeTag[locale], (value) => formatNumber(value, locale));
	return (key, values) => format(dictionary[key], values);
});
