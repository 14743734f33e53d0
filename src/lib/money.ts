import { type Locale, localeTag } from './locale.ts';

const tenge = new Map<Locale, Intl.NumberFormat>();

/** Formats a whole-tenge amount for a locale: 6900000 -> «6 900 000 ₸». */
export function formatTenge(amount: number, locale: Locale): string {
	let format = tenge.get(locale);
	if (!format) {
		// Prices are whole tenge; without this Intl prints «,00».
		format = new Intl.NumberFormat(localeTag[locale], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
		tenge.set(locale, format);
	}
	return format.format(amount);
}

const numbers = new Map<Locale, Intl.NumberFormat>();

/** Formats a plain number the way the locale groups digits: 1200 -> «1 200». */
export function formatNumber(value: number, locale: Locale): string {
	let format = numbers.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(localeTag[locale], { maximumFractionDigits: 1 });
		numbers.set(locale, format);
	}
	return format.format(value);
}

const rates = new Map<Locale, Intl.NumberFormat>();

/** Formats a yearly interest rate given in percent: 2.5 -> «2,5%». */
export function formatRate(percent: number, locale: Locale): string {
	let format = rates.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(localeTag[locale], { style: 'percent', maximumFractionDigits: 2 });
		rates.set(locale, format);
	}
	return format.format(percent / 100);
}
