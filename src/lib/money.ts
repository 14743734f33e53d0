import { type Locale, localeTag } from './locale.ts';
import { memoize } from './memo.ts';

/** The number styles the site prints; Intl formatters are costly to make, so each is made once per locale. */
const styles = {
	// Prices are whole tenge; without maximumFractionDigits Intl prints «,00».
	tenge: { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 },
	number: { maximumFractionDigits: 1 },
	rate: { style: 'percent', maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;

const formatters = memoize(
	([style, locale]: [keyof typeof styles, Locale]) => new Intl.NumberFormat(localeTag[locale], styles[style]),
	([style, locale]) => `${style}:${locale}`,
);
const formatter = (style: keyof typeof styles, locale: Locale) => formatters([style, locale]);

/** Formats a whole-tenge amount for a locale: 6900000 -> «6 900 000 ₸». */
export function formatTenge(amount: number, locale: Locale): string {
	return formatter('tenge', locale).format(amount);
}

/** Formats a plain number the way the locale groups digits: 1200 -> «1 200». */
export function formatNumber(value: number, locale: Locale): string {
	return formatter('number', locale).format(value);
}

/** Formats a yearly interest rate given in percent: 2.5 -> «2,5%». */
export function formatRate(percent: number, locale: Locale): string {
	return formatter('rate', locale).format(percent / 100);
}
