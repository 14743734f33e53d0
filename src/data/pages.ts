import { getEntry } from 'astro:content';
import { type Locale, defaultLocale } from '../lib/locale';

/** A page written once per language (content/about, content/guide): the page's language, or the default one. */
export async function pageIn(collection: 'about' | 'guide', locale: Locale) {
	return (await getEntry(collection, locale)) ?? (await getEntry(collection, defaultLocale))!;
}
