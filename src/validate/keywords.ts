import { searchKeys } from '../lib/search/keys.ts';
import type { EntryFields } from './entry.ts';
import { fieldName } from './locate.ts';
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
	const texts = [...(typeof name === 'string' ? [name] : Object.values(name ?? {})), data['owner']].filter((text): text is string => typeof text === 'string');
	return { slug, names: texts.map(searchKeys).filter((keys) => keys.length >= 2) };
}

/**
 * Keywords are search keys no visitor sees, so a competitor's name among them would quietly send that business's
 * buyers here. A keyword that holds every word of another business's name, or of its owner's, as the search reads
 * words (any spelling, any ending), is refused.
 */
export function keywordsNamingOthers(entry: EntryFields, others: readonly NamedBusiness[]): Problem[] {
	const products = entry.frontMatter.data['products'];
	if (!Array.isArray(products)) return [];
	return products.flatMap((product, index) => {
		const keywords = (product as { keywords?: unknown })?.keywords;
		if (!keywords || typeof keywords !== 'object') return [];
		return Object.entries(keywords).flatMap(([locale, list]) =>
			(Array.isArray(list) ? list : []).flatMap((keyword, position) => {
				if (typeof keyword !== 'string') return [];
				const keys = new Set(searchKeys(keyword));
				const named = others.find((other) => other.slug !== entry.slug && other.names.some((name) => name.every((key) => keys.has(key))));
				if (!named) return [];
				const path = ['products', index, 'keywords', locale, position];
				const place = { file: entry.file, line: entry.frontMatter.locate(path).line, field: fieldName(path) };
				return [problem(place, { rule: 'keyword-business', found: `${JSON.stringify(keyword)} (content/businesses/${named.slug})`, expected: 'words for the product itself' })];
			}),
		);
	});
}
