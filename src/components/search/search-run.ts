import { textForms, textWords } from '../../lib/search/keys';
import { nearestKeys } from '../../lib/search/nearest';
import { type Place, findPlaces } from '../../lib/search/places';
import { meantKey } from '../../lib/search/synonyms';
import { type Resolved, type Vocabulary, resolveKey, shownWord } from '../../lib/search/resolve';

/**
 * One search as the page runs it: places taken out of the query and turned into filters, every other word
 * resolved to what the index holds (exact, prefix, stem, or the nearest key of a typo), then Pagefind asked
 * once per place tier, and its results ordered by how many words they match exactly.
 */
export interface PagefindResult {
	url: string;
	meta: Record<string, string | undefined>;
}
interface Found {
	id: string;
	data(): Promise<PagefindResult>;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: Record<string, unknown>): Promise<{ results: Found[] } | null>;
}

/** What the page needs to know besides Pagefind: the places, their helper words and the vocabulary. */
export interface Context {
	pagefind: Pagefind;
	places: readonly Place[];
	helpers: ReadonlySet<string>;
	/** A group word's exact form and the key it is searched by, where another word shares its own (searchMeant). */
	meant: ReadonlyMap<string, string>;
	vocabulary: () => Promise<Vocabulary>;
}

/** A result and, when a place found it, the place and how: delivers there, or is there. */
export interface Hit {
	found: Found;
	place?: { id: string; how: 'delivers' | 'in' };
}

export interface Answer {
	hits: Hit[];
	/** The query actually searched, in the catalogue's words, when a word was corrected or left out. */
	searched?: string;
	/** Known words near the ones that found nothing, in the catalogue's words. */
	nearest: string[];
}

type Filters = Record<string, string | string[]>;

/** Runs a search; `exact` searches the words as typed, with no correction. */
export async function runSearch(
	context: Context,
	query: string,
	filters: Filters,
	sort: Record<string, string> | undefined,
	exact: boolean,
): Promise<Answer> {
	const { pagefind } = context;
	const { places, rest } = findPlaces(query, context.places, context.helpers);
	const words = textWords(rest).flatMap((word) => {
		const [form] = textForms(word);
		return form ? [{ word, ...form }] : [];
	});
	const searchedBy = (key: string, at: number) => meantKey(key, words[at]!.exact, context.meant);
	// A key the index holds exactly needs no vocabulary: only a word Pagefind cannot find whole loads it.
	const whole = await Promise.all(
		words.map(async ({ key }, at) => ((await pagefind.search(`"${searchedBy(key, at)}"`))?.results.length ?? 0) > 0),
	);
	let resolved: Resolved[] = words.map(({ word, key }, at) =>
		whole[at] ? { word, key, match: 'exact', sent: searchedBy(key, at) } : { word, key, match: 'none' },
	);
	let vocabulary: Vocabulary | undefined;
	// Searching exactly as typed: a word the index does not hold whole finds nothing, and nothing is corrected.
	if (exact && resolved.some(({ match }) => match === 'none')) {
		const known = await context.vocabulary();
		return {
			hits: [],
			nearest: resolved
				.filter(({ match }) => match === 'none')
				.flatMap(({ key }) => nearestKeys(key, known.keys, 2).slice(0, 3))
				.map((key) => shownWord(key, known) ?? key),
		};
	}
	if (resolved.some(({ match }) => match === 'none')) {
		vocabulary = await context.vocabulary();
		const known = new Set(vocabulary.keys);
		resolved = resolved.map((entry, at) => {
			if (entry.match !== 'none') return entry;
			const found = resolveKey(entry.word, entry.key, vocabulary!, known);
			return found.match === 'stem' ? { ...found, sent: searchedBy(found.sent, at) } : found;
		});
	}
	const sent = resolved.flatMap((entry) => (entry.match === 'none' ? [] : [entry.sent]));
	const nearest = (keys: string[]) =>
		vocabulary
			? keys.flatMap((key) => nearestKeys(key, vocabulary.keys, 2).slice(0, 3)).map((key) => shownWord(key, vocabulary) ?? key)
			: [];
	const lost = resolved.filter(({ match }) => match === 'none').map(({ key }) => key);
	if (words.length > 0 && sent.length === 0) return { hits: [], nearest: nearest(lost) };

	const hits = await placeTiers(context, places, sent.join(' ') || null, filters, sort);
	if (!sort && sent.length > 0) await byExactWords(pagefind, hits, sent, filters);
	const changed = resolved.some(({ match }) => match === 'corrected' || match === 'none');
	const searched =
		changed && vocabulary
			? resolved
					.flatMap((entry) =>
						entry.match === 'none' ? [] : [entry.match === 'corrected' ? (shownWord(entry.sent, vocabulary) ?? entry.word) : entry.word],
					)
					.join(' ')
			: undefined;
	return { hits, nearest: hits.length ? [] : nearest(lost.length ? lost : words.map(({ key }) => key)), ...(searched ? { searched } : {}) };
}

/**
 * A place query asks Pagefind tier by tier: a village's own producers, then those that deliver across the
 * district; a delivery area's producers. Within a tier producers come before their products.
 */
async function placeTiers(
	context: Context,
	places: ReturnType<typeof findPlaces>['places'],
	term: string | null,
	filters: Filters,
	sort: Record<string, string> | undefined,
): Promise<Hit[]> {
	const tiers: { filters: Filters; place?: Hit['place'] }[] = places.length
		? places.flatMap(({ kind, id }) =>
				kind === 'village'
					? [
							{ filters: { village: id }, place: { id, how: 'in' as const } },
							{ filters: { delivers: 'district' }, place: { id, how: 'delivers' as const } },
						]
					: [{ filters: { delivers: id }, place: { id, how: 'delivers' as const } }],
			)
		: [{ filters: {} }];
	const seen = new Set<string>();
	const hits: Hit[] = [];
	for (const tier of tiers) {
		for (const type of places.length ? ['producer', 'product'] : [undefined]) {
			const search = await context.pagefind.search(term, {
				filters: { ...filters, ...tier.filters, ...(type ? { type } : {}) },
				...(sort ? { sort } : {}),
			});
			for (const found of search?.results ?? []) {
				if (seen.has(found.id)) continue;
				seen.add(found.id);
				hits.push({ found, ...(tier.place ? { place: tier.place } : {}) });
			}
		}
	}
	return hits;
}

/** Orders hits (stably, within their tier) by how many query words they hold exactly, not as a prefix. */
async function byExactWords(pagefind: Pagefind, hits: Hit[], keys: string[], filters: Filters) {
	const exact = await Promise.all(
		keys.map(async (key) => new Set((await pagefind.search(`"${key}"`, { filters }))?.results.map(({ id }) => id))),
	);
	const score = (hit: Hit) => exact.filter((ids) => ids.has(hit.found.id)).length;
	const tier = (hit: Hit) => (hit.place ? `${hit.place.id}:${hit.place.how}` : '');
	const order = new Map(hits.map((hit, at) => [hit, at]));
	hits.sort((a, b) => (tier(a) === tier(b) ? score(b) - score(a) : 0) || order.get(a)! - order.get(b)!);
}
