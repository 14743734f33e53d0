/**
 * Recall@1 and recall@3 of the real search page in Chromium over the query set in tests/search/queries.json: how buyers
 * type (inflected, Russian layout, Latin, Russian and English words, names, places). Prints a table and writes
 * the numbers to tests/.output/search-recall.json; docs/search.md explains how to read and extend it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	depth,
	formatRecall,
	kinds,
	loadLookalikes,
	loadQueries,
	producerOf,
	recallByKind,
	type KindRecall,
	type Outcome,
	type Shown,
} from '../search/recall';
import { search, searchPath } from '../search/search-page';
import { editDistance } from '../../src/lib/search/nearest';
import { readTarget, shownTextProblems } from '../search/shown-text';
import { launchChromium, watchedContext, type Problems } from '../../scripts/support/browser';
import { contentDir, requireDist } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/support/server';

const queries = loadQueries();
const dist = requireDist();
// On a benchmark copy, the look-alikes of an expected producer answer its queries too (see recall.ts).
const lookalikes = loadLookalikes(dist);
const synthetic = Object.keys(lookalikes.of).length > 0;
const output = new URL('../.output/search-recall.json', import.meta.url);

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: Problems;
const outcomes: Outcome[] = [];
let recall: KindRecall[] = [];
/** A bottle search on the Russian and English search pages: each must find the product in its own language. */
const otherLanguages = [
	['ru', 'бутылка'],
	['en', 'bottle'],
] as const;
const otherResults = new Map<string, Shown[]>();

const open = (path: string) => search(page, new URL(path, server.origin).href, depth);

beforeAll(async () => {
	server = await serveStatic(dist);
	browser = await launchChromium();
	const watched = await watchedContext(browser);
	problems = watched.problems;
	// One page for every query, changing its address in place: Pagefind loads once, as for a visitor who searches again.
	page = await watched.context.newPage();
	for (const query of queries) {
		const { status, results } = await open(searchPath(query.q));
		outcomes.push({ ...query, status, top: results });
	}
	for (const [locale, query] of otherLanguages) otherResults.set(locale, (await open(searchPath(query, locale))).results);
	recall = recallByKind(outcomes, lookalikes);
	const strict = synthetic ? recallByKind(outcomes) : recall;
	console.log(`\nSearch recall@1 and recall@${depth} over ${queries.length} queries (${dist}):\n${formatRecall(recall)}\n`);
	if (synthetic) console.log(`The same, counting only the expected samples, not their look-alikes:\n${formatRecall(strict)}\n`);
	mkdirSync(new URL('.', output), { recursive: true });
	writeFileSync(output, `${JSON.stringify({ dist, depth, recall, ...(synthetic && { strict }), outcomes }, null, '\t')}\n`);
}, 1_500_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the query set', () => {
	it(`has at least 80 queries`, () => expect(queries.length).toBeGreaterThanOrEqual(80));

	it.each(kinds)('has at least 6 %s queries', (kind) =>
		expect(queries.filter((query) => query.kind === kind).length).toBeGreaterThanOrEqual(6),
	);

	it.each(['typo', 'place', 'russian-spelling', 'ranking'] as const)('has at least 20 %s queries', (kind) =>
		expect(queries.filter((query) => query.kind === kind).length).toBeGreaterThanOrEqual(20),
	);

	it('expects only producers that exist', () => {
		const missing = queries.flatMap(({ q, expect }) =>
			expect.filter((slug) => !existsSync(join(contentDir, 'businesses', slug, 'index.mdx'))).map((slug) => `«${q}»: ${slug}`),
		);
		expect(missing).toEqual([]);
	});

	it('says of every typo what it means, one or two letters away', () => {
		const typos = queries.filter(({ kind }) => kind === 'typo');
		const unsaid = typos.filter(({ q, means }) => !means || means === q || editDistance(q.toLowerCase(), means.toLowerCase(), 2) > 2);
		expect(unsaid.map(({ q }) => q)).toEqual([]);
	});

	it('says `in` only of a village query whose expected producers are all in that village', () => {
		const villageOf = (slug: string) =>
			readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8').match(/^village: (\S+)$/m)?.[1];
		const wrong = queries.flatMap(({ q, expect, kind, in: village }) =>
			village && (kind !== 'place' || expect.some((slug) => villageOf(slug) !== village)) ? [`«${q}» in ${village}`] : [],
		);
		expect(queries.filter((query) => query.in).length).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});
});

describe(`a buyer finds the producer in the first ${depth} results`, () => {
	const row = (kind: KindRecall['kind']) => recall.find((entry) => entry.kind === kind)!;

	it('for at least 95% of all queries', () => expect(row('all').recall, formatRecall(recall)).toBeGreaterThanOrEqual(0.95));

	it.each(kinds)('for at least 95 in 100 of the %s queries', (kind) =>
		expect(row(kind).recall, formatRecall(recall)).toBeGreaterThanOrEqual(0.95),
	);

	it('and first for at least 80% of all queries', () => expect(row('all').first, formatRecall(recall)).toBeGreaterThanOrEqual(0.8));

	it('for every query that uses the words of the entries as written', () => expect(row('exact').failing).toEqual([]));

	it('and the search page reports no errors and reaches nothing beyond the site while doing so', () => {
		expect(problems.consoleErrors).toEqual([]);
		expect(problems.offsiteRequests).toEqual([]);
		expect(problems.failedRequests).toEqual([]);
	});
});

describe('the other languages’ search pages', () => {
	it.each(otherLanguages)('/%s/search/ finds the bottle workshop first for «%s», on its page in that language', (locale) => {
		const [first] = otherResults.get(locale) ?? [];
		expect(first?.href).toMatch(new RegExp(`^/${locale}/producers/`));
		expect(producerOf(first?.href ?? '')).toBe('aqbala-plastik');
	});
});

describe('results show proper text', () => {
	it('every result’s title is the <h1> of its page, and no line shows a folded search key', () => {
		const shown = [...outcomes.flatMap(({ top }) => top), ...[...otherResults.values()].flat()];
		const unique = [...new Map(shown.map((result) => [`${result.href}\n${result.title}\n${result.lines.join('\n')}`, result])).values()];
		expect(unique.length).toBeGreaterThan(0);
		// Each target's keys come from the index: a page the index did not hold would pass unchecked.
		expect(unique.filter((result) => readTarget(dist, result.href).keys.size === 0).map(({ href }) => href)).toEqual([]);
		expect(unique.flatMap((result) => shownTextProblems(result, readTarget(dist, result.href)))).toEqual([]);
	});
});
