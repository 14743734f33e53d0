import { type SynonymIndex, expandedKeys, synonymIndex } from '../lib/search/synonyms';
import { type Localized, locales } from '../lib/locale';
import { synonyms as synonymList } from '../schemas/synonyms';
import { type VocabularyName, label, vocabularies } from '../schemas/vocabulary';
import type { Business, Product } from './catalogue';

/** The shared synonym list (content/search/synonyms.json), indexed once per build. */
const synonyms: SynonymIndex = synonymIndex(synonymList.groups);

/** Text the search index holds for a page, by weight: 10 for a business's own name, down to 1 for the story. */
type IndexSections = { weight: number; texts: (string | undefined)[] }[];

/**
 * The search keys a page is found by, per weight. A key appears once, at its highest weight,
 * so repeating a name in the story does not bury other pages.
 */
function indexKeys(sections: IndexSections): WeightedKeys {
	const seen = new Set<string>();
	return [...sections]
		.sort((a, b) => b.weight - a.weight)
		.map(({ weight, texts }) => {
			const keys = expandedKeys(texts.filter(Boolean).join(' \n '), synonyms).filter((key) => !seen.has(key));
			for (const key of keys) seen.add(key);
			return { weight, keys };
		})
		.filter(({ keys }) => keys.length > 0);
}

/** Markdown as plain words for the index: link targets and markup dropped. */
function markdownWords(markdown: string | undefined): string {
	return (
		(markdown ?? '')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/<[^>]+>/g, ' ')
			.replace(/https?:\/\/\S+/g, ' ')
			// The entry writer escapes a leading «import» as «&#105;mport» so MDX reads it as text: index the word.
			.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
	);
}

/** Every language's version of a text: a page is found by any of them. */
const all = (...texts: (Localized | undefined)[]) => texts.flatMap((text) => (text ? locales.map((locale) => text[locale]) : []));

/** A vocabulary term's labels in every language. */
const labels = (name: VocabularyName, ids: string[]) => ids.flatMap((id) => locales.map((locale) => label(name, id, locale)));

/**
 * The places a producer serves, for queries such as «торт Әйтеке би»: its delivery areas, and every
 * settlement of the district when it delivers district-wide (the `district` delivery area).
 */
const served = (areas: string[]) => [
	...labels('deliveryAreas', areas),
	...(areas.includes('district') ? labels('places', Object.keys(vocabularies.places)) : []),
];

/** The keys of a page, per weight: what SearchIndexData writes into the page for Pagefind. */
export type WeightedKeys = { weight: number; keys: string[] }[];

/**
 * The same page is built once per language but indexed with every language's text, so its keys are the
 * same each time: work them out once per build.
 */
const computed = new Map<string, WeightedKeys>();
function once(id: string, sections: () => IndexSections): WeightedKeys {
	let keys = computed.get(id);
	if (!keys) computed.set(id, (keys = indexKeys(sections())));
	return keys;
}

/** The keys a producer's profile is found by. */
export function businessKeys(business: Business): WeightedKeys {
	return once(business.id, () => businessSections(business));
}

/** The keys a product's page is found by. */
export function productKeys(product: Product): WeightedKeys {
	return once(`${product.business.id}/${product.slug}`, () => productSections(product));
}

/** What a producer's profile is found by. */
export function businessSections(business: Business): IndexSections {
	const { data } = business;
	return [
		// The business's own name above its owner's: among many producers a first name or a word of a name
		// is shared, and the page that bears it as its name is the one a buyer who types it means.
		{ weight: 10, texts: all(data.name) },
		{ weight: 7, texts: [data.owner] },
		{
			weight: 3,
			texts: [
				...data.products.flatMap((product) => [...all(product.name), ...Object.values(product.keywords ?? {}).flat()]),
				...labels('categories', [data.category]),
				...labels('places', [data.village]),
			],
		},
		{
			weight: 1,
			texts: [
				...all(data.summary, ...data.products.map((product) => product.description)),
				...served(data.deliveryAreas),
				markdownWords(business.body),
			],
		},
	];
}

/** What a product's page is found by. */
export function productSections(product: Product): IndexSections {
	const { data } = product.business;
	return [
		{ weight: 7, texts: all(product.name) },
		{
			weight: 3,
			texts: [...Object.values(product.keywords ?? {}).flat(), ...all(data.name), data.owner, ...labels('categories', [data.category])],
		},
		{ weight: 1, texts: [...all(product.description), ...labels('places', [data.village]), ...served(data.deliveryAreas)] },
	];
}
