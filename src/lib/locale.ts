/**
 * The languages the site is written in. The first is the default: it lives at the site root and is the
 * language every entry is written in; the others live under /<code>/. Adding a language is one line here
 * and one dictionary, src/i18n/<code>.json.
 */
export const languages = {
	kk: { tag: 'kk-KZ', name: 'Қазақша', short: 'ҚАЗ' },
	ru: { tag: 'ru-KZ', name: 'Русский', short: 'РУС' },
	en: { tag: 'en-GB', name: 'English', short: 'ENG' },
} as const;

export type Locale = keyof typeof languages;

export const locales = Object.keys(languages) as Locale[];

export const defaultLocale: Locale = locales[0]!;

/** BCP 47 tags for Intl: Kazakh and Russian as used in Kazakhstan. */
export const localeTag = Object.fromEntries(locales.map((locale) => [locale, languages[locale].tag])) as Record<Locale, string>;

/** Tells whether a string names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(languages, value);
}

/** Text in the default language, with optional translations. */
export type Localized = { kk: string } & { [locale in Locale]?: string | undefined };

/** Picks the text for a locale, falling back to Kazakh; `translated` says whether it is in the locale asked for. */
export function pick(text: Localized, locale: Locale): { text: string; translated: boolean } {
	const own = text[locale];
	return own ? { text: own, translated: true } : { text: text.kk, translated: locale === defaultLocale };
}

/**
 * A contributed text set inside a sentence of the site's own, between first-strong isolate marks: the plain-text
 * form of <bdi>, so a name written right to left cannot reorder the words around it.
 */
export function isolated(text: string): string {
	return `\u2068${text}\u2069`;
}

/** The text for a locale, or the Kazakh text where no translation exists. */
export function inLocale(text: Localized, locale: Locale): string {
	return pick(text, locale).text;
}
