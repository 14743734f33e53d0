import { formatNumber } from '../../lib/money.ts';
import type { Locale } from '../../lib/locale.ts';

/**
 * The locale to write numbers in. Browsers ship Kazakh without its number patterns (Chromium prints «₸ 1,200»
 * where the site, built with Node's full ICU, prints «1 200 ₸»); Russian in Kazakhstan writes them the same way.
 */
export function numberLocale(locale: Locale): Locale {
	return locale === 'kk' ? 'ru' : locale;
}

/** A UI string as the page passes it to the script: text, or plural forms for Intl.PluralRules. */
export type Strings = Record<string, string | Record<string, string>>;

/** The few strings the script writes itself, with {names} filled in and plurals chosen as src/i18n does. */
export function translator(strings: Strings, locale: Locale) {
	const plurals = new Intl.PluralRules(locale);
	return function t(key: string, values: Record<string, string | number> = {}): string {
		const entry = strings[key] ?? key;
		const template = typeof entry === 'string' ? entry : (entry[`=${values['count']}`] ?? entry[plurals.select(Number(values['count']))] ?? entry['other'] ?? key);
		return template.replace(/\{(\w+)\}/g, (match, name: string) => {
			const value = values[name];
			return value === undefined ? match : typeof value === 'number' ? formatNumber(value, numberLocale(locale)) : value;
		});
	};
}

export type Translate = ReturnType<typeof translator>;
