/** The languages the site is written in; the first is the default and lives at the root. */
export const locales = ['kk', 'ru', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'kk';

/** BCP 47 tags for Intl: Kazakh and Russian as used in Kazakhstan. */
export const localeTag: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en-GB' };

/** Tells whether a string names one of the site's languages. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Text in the default language, with optional translations. */
export type Localized = { kk: string; ru?: string | undefined; en?: string | undefined };

/** Picks the text for a locale, falling back to Kazakh; `translated` says which one it got. */
export function pick(text: Localized, locale: Locale): { text: string; translated: boolean } {
	const own = text[locale];
	return own ? { text: own, translated: true } : { text: text.kk, translated: locale === 'kk' };
}

/** The text for a locale, or the Kazakh text where no translation exists. */
export function inLocale(text: Localized, locale: Locale): string {
	return pick(text, locale).text;
}
