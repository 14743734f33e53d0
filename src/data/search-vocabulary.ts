import { foldWord, searchKeys, textForms, textWords } from '../lib/search/keys';
import { meantKeys } from '../lib/search/synonyms';
import { type Place, placeNames } from '../lib/search/places';
import type { Vocabulary } from '../lib/search/resolve';
import { locales } from '../lib/locale';
import { synonyms } from '../schemas/synonyms';
import { label, vocabularies } from '../schemas/vocabulary';
import type { Business, Product } from './catalogue';
import { businessKeys, businessSections, productKeys, productSections } from './search';

/**
 * Every key the index holds, most pages first, each with the first word that gave it (the synonym list, then
 * names before stories, Kazakh before Russian and English): the search page loads it only when a word is not
 * in the index whole, to correct it.
 */
export function searchVocabulary(businesses: Business[], products: Product[]): Vocabulary {
	const pages = new Map<string, number>();
	const words = new Map<string, string>();
	const sections = [
		...businesses.map((business) => ({ keys: businessKeys(business), texts: businessSections(business) })),
		...products.map((product) => ({ keys: productKeys(product), texts: productSections(product) })),
	];
	for (const { keys } of sections)
		for (const key of new Set(keys.flatMap((group) => group.keys))) pages.set(key, (pages.get(key) ?? 0) + 1);
	// The synonym list first: it writes words in their dictionary form (бутылка, not бутылки).
	const texts = [
		...synonyms.groups.flat(),
		...sections.flatMap(({ texts }) => [...texts].sort((a, b) => b.weight - a.weight).flatMap((section) => section.texts)),
	];
	for (const word of texts.flatMap((text) => textWords(text ?? ''))) {
		const [key] = searchKeys(word);
		if (key && pages.has(key) && !words.has(key)) words.set(key, word.toLocaleLowerCase('kk'));
	}
	const keys = [...pages.keys()].sort((a, b) => pages.get(b)! - pages.get(a)! || a.localeCompare(b));
	return { keys, words: keys.map((key) => words.get(key) ?? key) };
}

/** Work done once per build for the search page of every language. */
const meant = new WeakMap<Business[], [string, string][]>();

/**
 * The group words whose key another word of the catalogue shares (кумыс, «Күміс»), with the key they are
 * searched by instead (meantKeys): the search page holds them, so «кумыс» finds қымыз and not silver.
 */
export function searchMeant(businesses: Business[], products: Product[]): [string, string][] {
	const known = meant.get(businesses);
	if (known) return known;
	const inUse = new Map<string, Set<string | undefined>>();
	const sections = [...businesses.map(businessSections), ...products.map(productSections)];
	for (const text of sections.flatMap((page) => page.flatMap((section) => section.texts)))
		for (const { key, exact } of textForms(text ?? '')) inUse.set(key, (inUse.get(key) ?? new Set()).add(exact));
	const pairs = meantKeys(synonyms.groups, inUse);
	meant.set(businesses, pairs);
	return pairs;
}

/**
 * Every name of a place in every language: its labels, the first word of a part in brackets («Жосалы
 * (Қармақшы ауданы)» is also «Қармақшы»), and the synonyms of a label or of its last word («Бүкіл Қазақстан»).
 */
function names(name: 'deliveryAreas' | 'places', id: string): string[] {
	const labels = locales.map((locale) => label(name, id, locale));
	const parts = labels.flatMap((text) =>
		text
			.split(/[()]/)
			.map((part) => part.trim())
			.filter(Boolean),
	);
	const inBrackets = labels.flatMap((text) => [...text.matchAll(/\(([^\s)]+)/g)].map(([, word]) => word!));
	const lastWords = labels.map((text) => text.split(/\s+/).at(-1)!);
	const groups = synonyms.groups.filter((group) => group.some((word) => parts.includes(word) || lastWords.includes(word)));
	return [...new Set([...parts, ...inBrackets, ...groups.flat()])];
}

/** The places a query may name: the settlements of the catalogue first, then the delivery areas. */
export function searchPlaces(): Place[] {
	return [
		...Object.keys(vocabularies.places).map((id) => placeNames('village', id, names('places', id))),
		...Object.keys(vocabularies.deliveryAreas).map((id) => placeNames('area', id, names('deliveryAreas', id))),
	];
}

/** The words that only say where to, folded: dropped from a query that names a place. */
export const placeHelpers: string[] = synonyms.helpers.map(foldWord);
