import { formatNumber } from '../../lib/money.ts';
import type { Locale } from '../../lib/locale.ts';
import { type TemplateValues, templateFormatter } from '../../lib/template.ts';

/**
 * The locale to write numbers in. Browsers ship Kazakh without its number patterns (Chromium prints «₸ 1,200»
 * where the site, built with Node's full ICU, prints «1 200 ₸»); Russian in Kazakhstan writes them the same way.
 */
export function numberLocale(locale: Locale): Locale {
	return locale === 'kk' ? 'ru' : locale;
}

/** A UI string as the page passes it to the script: text, or plural forms for Intl.PluralRules. */
export type Strings = Record<string, string | Record<string, string>>;

/** The few strings the script writes itself, filled in as src/i18n does; a key the page did not pass shows as itself. */
export function translator(strings: Strings, locale: Locale) {
	const format = templateFormatter(locale, (value) => formatNumber(value, numberLocale(locale)));
	return (key: string, values?: TemplateValues): string => format(strings[key] ?? key, values);
}

export type Translate = ReturnType<typeof translator>;
