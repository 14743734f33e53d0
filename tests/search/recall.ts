/** The query set of tests/search/queries.json and recall@1 and @3 over it: which queries found a producer they expect. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookalikesFile } from '../../scripts/bench/synthetic.mjs';

export const kinds = [
	'exact',
	'inflected',
	'russian-layout',
	'latin',
	'russian-word',
	'english-word',
	'name',
	'place',
	'multi-word',
	'mixed-script',
	'typo',
	'russian-spelling',
	'ranking',
] as const;
type Kind = (typeof kinds)[number];

/** One query as a buyer types it, and the producers that answer it well. */
export interface Query {
	q: string;
	expect: string[];
	kind: Kind;
	/** A query that names a village and nothing else: every producer in it answers (content/vocabularies/places.json). */
	in?: string;
	/** A typo: what the buyer meant to type, which the judge reads the query as. */
	means?: string;
}

/** One result as the search page shows it: the link, its title and its other lines of text. */
export interface Shown {
	href: string;
	title: string;
	lines: string[];
}

/** A query and what the search page answered: its status line and the first results. */
export interface Outcome extends Query {
	status: string;
	top: Shown[];
}

/** Recall@3 and recall@1 of one kind of query (or of all), with the queries that missed the first three. */
export interface KindRecall {
	kind: Kind | 'all';
	queries: number;
	found: number;
	recall: number;
	/** The share of queries whose first result is a producer they expect. */
	first: number;
	failing: { q: string; expect: string[]; got: string[]; status: string }[];
}

/** How many results count: a buyer on a phone reads the first three. */
export const depth = 3;

/** The query set, read from tests/search/queries.json. */
export function loadQueries(): Query[] {
	return JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')).queries;
}

/** The producer a result belongs to: /producers/<slug>/ and /ru/producers/<slug>/<product>/ both give <slug>. */
export function producerOf(href: string): string | undefined {
	return new URL(href, 'http://site').pathname.match(/^(?:\/(?:ru|en))?\/producers\/([^/]+)\//)?.[1];
}

/** A benchmark copy's synthetic producers, by slug: the sample each was composed from, its village, its own product words. */
export interface Lookalikes {
	of: Record<string, string>;
	village: Record<string, string>;
	sells: Record<string, string[]>;
}

/** A site of real entries has none. */
const noLookalikes: Lookalikes = { of: {}, village: {}, sells: {} };

/**
 * The synthetic producers of a benchmark copy (`npm run bench -- --keep`), read from beside its dist/
 * (scripts/bench/synthetic.mjs writes them); none for any other site.
 */
export function loadLookalikes(dist: string): Lookalikes {
	const file = join(dist, '..', lookalikesFile);
	return existsSync(file) ? { ...noLookalikes, ...JSON.parse(readFileSync(file, 'utf8')) } : noLookalikes;
}

/** The synonym groups of content/search/synonyms.json: a query naming one word of a group names them all. */
const groups: string[][] = JSON.parse(readFileSync(new URL('../../content/search/synonyms.json', import.meta.url), 'utf8')).groups;

/** The Kazakh letters a Russian keyboard lacks, as it types them. */
const russianKeys: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/** Text in lower case as a Russian keyboard types it: the judge's own loose reading, apart from the search's keys. */
const typed = (text: string) => text.toLowerCase().replace(/[әғқңөұүһі]/g, (letter) => russianKeys[letter]!);

/** Whether a text holds a phrase as whole words. */
const holds = (text: string, phrase: string) =>
	new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(text);

/** What a one-word query names: the word, and every word of a synonym group that holds it. */
export function namedWords(q: string, synonyms: string[][] = groups): string[] {
	const text = typed(q.trim());
	return [text, ...synonyms.filter((group) => group.some((word) => holds(text, typed(word)))).flatMap((group) => group.map(typed))];
}

/**
 * The producers that answer a query: those it expects and, on a synthetic catalogue, their look-alikes,
 * which sell the same products with the same keywords and deliver to the same places; for a query of one
 * word (a typo read as the word it means), a look-alike given that product as its own (in any word of its
 * synonym group); for a query that
 * names a village alone (`in`), every producer there. A name query is answered by its producer alone: a
 * look-alike has a name of its own.
 */
export function answersOf(query: Query, lookalikes: Lookalikes): Set<string> {
	const answers = new Set(query.expect);
	if (query.kind === 'name') return answers;
	const meant = (query.means ?? query.q).trim();
	const named = meant.includes(' ') ? [] : namedWords(meant);
	const sells = (slug: string) => (lookalikes.sells[slug] ?? []).some((word) => named.some((text) => holds(text, typed(word))));
	for (const [slug, sample] of Object.entries(lookalikes.of))
		if (query.expect.includes(sample) || (query.in && lookalikes.village[slug] === query.in) || sells(slug)) answers.add(slug);
	return answers;
}

/** Whether a producer that answers the query is among the first `within` results. */
function found(outcome: Outcome, answers: Set<string>, within = depth): boolean {
	return outcome.top.slice(0, within).some(({ href }) => answers.has(producerOf(href) ?? ''));
}

/**
 * Recall@3 and recall@1 per kind, in the order of `kinds`, then over all queries; with look-alikes, a result
 * counts when it is one of the query's answers (answersOf).
 */
export function recallByKind(outcomes: Outcome[], lookalikes: Lookalikes = noLookalikes): KindRecall[] {
	const answers = new Map(outcomes.map((outcome) => [outcome, answersOf(outcome, lookalikes)]));
	const row = (kind: KindRecall['kind'], rows: Outcome[]): KindRecall => {
		const failing = rows.filter((outcome) => !found(outcome, answers.get(outcome)!));
		return {
			kind,
			queries: rows.length,
			found: rows.length - failing.length,
			recall: rows.length ? round((rows.length - failing.length) / rows.length) : 0,
			first: rows.length ? round(rows.filter((outcome) => found(outcome, answers.get(outcome)!, 1)).length / rows.length) : 0,
			failing: failing.map(({ q, expect, status, top }) => ({ q, expect, status, got: top.slice(0, depth).map(({ href }) => href) })),
		};
	};
	return [
		...kinds.map((kind) =>
			row(
				kind,
				outcomes.filter((outcome) => outcome.kind === kind),
			),
		),
		row('all', outcomes),
	];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A plain-text table: kind, queries, recall@1, recall@3, then each query that missed the first three. */
export function formatRecall(rows: KindRecall[]): string {
	const lines = ['kind              queries  recall@1  recall@3'];
	for (const { kind, queries, recall, first } of rows)
		lines.push(`${kind.padEnd(18)}${String(queries).padStart(7)}  ${first.toFixed(3).padStart(8)}  ${recall.toFixed(3).padStart(8)}`);
	const failing = rows.filter(({ kind }) => kind !== 'all').flatMap(({ kind, failing }) => failing.map((miss) => ({ kind, ...miss })));
	if (failing.length > 0) lines.push('', 'missed (kind: query -> expected | first results)');
	for (const { kind, q, expect, got, status } of failing) {
		lines.push(`  ${kind}: «${q}» -> ${expect.join(', ')} | ${got.length ? got.join(' ') : `nothing (${status})`}`);
	}
	return lines.join('\n');
}
