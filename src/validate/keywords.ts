import { searchKeys } from '../lib/search/keys.ts';
import type { EntryFields } from './entry.ts';
import { fieldName } from '../lib/field-path.ts';
import { type Problem, problem } from './problem.ts';

/** A business as the search sees its names: the keys of its name in each language, and of its owner's name. */
export interface NamedBusiness {
	slug: string;
	names: string[][];
}

/**
 * The names of an entry that another entry's keywords may not use. A one-word name is left out: «Береке», «Ару»
 * and «Шаңырақ» are ordinary words other producers honestly sell by.
 */
export function namesOf(slug: string, data: Record<string, unknown>): NamedBusiness {
	const name = data['name'];
	const texts = [...(typeof name === 'string' ? [name] : Object.values((name ?? {}) as Record<string, unknown>)), data['owner']].filter(
		(text): text is string => typeof text === 'string',
	);
	return { slug, names: texts.map(searchKeys).filter((keys) => keys.length >= 2) };
}

/** The names of the catalogue by their first search key, so a keyword is compared with the few names it could hold. */
export type NameIndex = ReadonlyMap<string, { slug: string; keys: string[] }[]>;

/** Indexes the names of the catalogue's businesses. */
export function nameIndex(businesses: readonly NamedBusiness[]): NameIndex {
	const index = new Map<string, { slug: string; keys: string[] }[]>();
	for (const { slug, names } of businesses) for (const keys of names) index.set(keys[0]!, [...(index.get(keys[0]!) ?? []), { slug, keys }]);
	return index;
}

/**
 * Keywords are search keys no visitor sees, so a competitor's name among them would quietly send that business's
 * buyers here. A keyword that holds every word of another business's name, or of its owner's, as the search reads
 * words (any spelling, any ending), is refused.
 */
export function keywordsNamingOthers(entry: EntryFields, names: NameIndex): Problem[] {
	const products = entry.frontMatter.data['products'];
	if (!Array.isArray(products)) return [];
	return products.flatMap((product, index) => {
		const keywords = (product as { keywords?: unknown })?.keywords;
		if (!keywords || typeof keywords !== 'object') return [];
		return Object.entries(keywords).flatMap(([locale, list]) =>
			(Array.isArray(list) ? list : []).flatMap((keyword, position) => {
				const named = typeof keyword === 'string' ? namedBy(keyword, entry.slug, names) : undefined;
				if (!named) return [];
				const path = ['products', index, 'keywords', locale, position];
				const place = { file: entry.file, line: entry.frontMatter.locate(path).line, field: fieldName(path) };
				return [
					problem(place, {
						rule: 'keyword-business',
						found: `${JSON.stringify(keyword)} (content/businesses/${named})`,
						expected: 'words for the product itself',
					}),
				];
			}),
		);
	});
}

/** The folder of another business whose whole name a keyword holds, or undefined. */
function namedBy(keyword: string, own: string, names: NameIndex): string | undefined {
	const keys = new Set(searchKeys(keyword));
	for (const key of keys) {
		const named = names.get(key)?.find((name) => name.slug !== own && name.keys.every((part) => keys.has(part)));
		if (named) return named.slug;
	}
	return undefined;
}
