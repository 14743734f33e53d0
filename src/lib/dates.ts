import { type Locale, localeTag } from './locale.ts';
import { memoize } from './memo.ts';

/** The date forms the site prints; Intl formatters are costly to make, so each is made once per locale. */
const forms = {
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = memoize(
	([form, locale]: [keyof typeof forms, Locale]) => new Intl.DateTimeFormat(localeTag[locale], forms[form]),
	([form, locale]) => `${form}:${locale}`,
);
const formatter = (locale: Locale, form: keyof typeof forms) => formatters([form, locale]);

/** Formats a calendar date for a locale: 2026-11-27 -> «2026 ж. 27 қараша», «27 ноября 2026 г.», «27 November 2026». */
export function formatDate(date: Date, locale: Locale): string {
	return formatter(locale, 'day').format(date);
}

/** Formats a month written `YYYY-MM` for a locale: 2025-10 -> «2025 ж. қазан», «октябрь 2025 г.», «October 2025». */
export function formatMonth(month: string, locale: Locale): string {
	return formatter(locale, 'month').format(new Date(`${month}-01T00:00:00Z`));
}

/** The ISO calendar day of a date, for `<time datetime>`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Today's date where it is furthest ahead (UTC+14), as YYYY-MM-DD: the latest day any contributor can honestly
 * write as today, whatever the time zone of the machine that checks it.
 */
export function latestToday(now = new Date()): string {
	return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
