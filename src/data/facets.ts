import { paths } from '../lib/paths';
import { type VocabularyName, vocabularies } from '../schemas/vocabulary';
import type { Business } from './catalogue';

/** The facets the producers list is filtered by: the vocabulary of each and the path of its pre-rendered pages. */
export const facets = {
	category: { vocabulary: 'categories', path: paths.category },
	village: { vocabulary: 'places', path: paths.village },
	delivery: { vocabulary: 'deliveryAreas', path: paths.delivery },
} as const satisfies Record<string, { vocabulary: VocabularyName; path: (id: string) => string }>;

export type FacetKind = keyof typeof facets;

/** The terms of a facet a business is under: one category, one village, any number of delivery areas. */
function termsOf(business: Business, kind: FacetKind): readonly string[] {
	const { data } = business;
	return kind === 'delivery' ? data.deliveryAreas : [data[kind]];
}

/** The businesses under one term of a facet. */
export function underTerm(businesses: readonly Business[], kind: FacetKind, id: string): Business[] {
	return businesses.filter((business) => termsOf(business, kind).includes(id));
}

type TermCount = { id: string; count: number };

// Every list page offers the facets of the same catalogue: counted once per list and facet, not per page.
const counted = new WeakMap<readonly Business[], Map<FacetKind, readonly TermCount[]>>();

/** The terms of a facet that have producers, in the vocabulary's order, with how many: an empty facet is a dead end. */
export function termsInUse(businesses: readonly Business[], kind: FacetKind): readonly TermCount[] {
	let byKind = counted.get(businesses);
	if (!byKind) counted.set(businesses, (byKind = new Map<FacetKind, readonly TermCount[]>()));
	let terms = byKind.get(kind);
	if (!terms) {
		const counts = new Map<string, number>();
		for (const business of businesses) for (const id of termsOf(business, kind)) counts.set(id, (counts.get(id) ?? 0) + 1);
		terms = termIds(kind)
			.filter((id) => counts.has(id))
			.map((id) => ({ id, count: counts.get(id)! }));
		byKind.set(kind, terms);
	}
	return terms;
}

/** Every term of a facet's vocabulary, in its order: the facet's pages, one per term. */
export function termIds(kind: FacetKind): string[] {
	return Object.keys(vocabularies[facets[kind].vocabulary]);
}
