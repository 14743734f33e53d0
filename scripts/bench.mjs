#!/usr/bin/env node
/**
 * Measures the budgets of DESIGN.md: producer page weight and scripts, and what a search downloads, on the
 * built site (dist/, or SHOWCASE_DIST); then builds a synthetic 1,000-producer copy of the project and the
 * bare Astro + MDX floor over the same entries, and measures build time, CPU time, peak memory (ours against
 * the floor's), the largest page and the first search. Prints a table and writes bench/results.json and
 * tests/.output/bench.json. 1,000 producers take about ten minutes on 2 cores. See docs/performance.md.
 *
 *   node_modules/.bin/node scripts/bench.mjs [--producers=1000 | --sizes=100,1000] [--runs=1] [--sample-only] [--keep]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedBuild } from './bench/build.mjs';
import { growth, medianRun, versusFloor } from './bench/compare.mjs';
import { makeFloorProject } from './bench/floor.mjs';
import { formatReport, forJson } from './bench/report.mjs';
import { measureSearch } from './bench/search.mjs';
import { makeSyntheticProject } from './bench/synthetic.mjs';
import { largestHtmlPage, producerPages, summarizePages } from './bench/weight.mjs';
import { locales } from '../src/lib/locale.ts';
import { entriesDir } from '../src/validate/content-files.ts';

const project = fileURLToPath(new URL('..', import.meta.url));
const option = (name) =>
	process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))?.split('=')[1] ?? process.argv.includes(`--${name}`);
// --sizes=100,1000 runs several sizes and prints how each figure grows; --producers=N runs one.
const sizes = String(option('sizes') || option('producers') || 1000)
	.split(',')
	.map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 14))
	throw new Error('--producers and --sizes take whole numbers of at least 14 (the sample entries), e.g. --sizes=100,1000.');
const runs = Number(option('runs') || 1);
const loadNow = () => loadavg().map((load) => Math.round(load * 10) / 10);
const work = join(project, 'bench/.work');
// The same two searches on both sites: a word every catalogue has, then a second product.
const [firstQuery, secondQuery] = ['бөтелке', 'торт'];

/** Producer pages and searches of one built site. */
async function measureSite(dist) {
	return {
		dist,
		producerPages: summarizePages(producerPages(dist)),
		largestPage: largestHtmlPage(dist),
		search: await measureSearch(dist, firstQuery, secondQuery),
	};
}

const sampleDist = resolve(process.env.SHOWCASE_DIST ?? join(project, 'dist'));
if (!existsSync(join(sampleDist, 'index.html'))) throw new Error(`No built site in ${sampleDist}: run npm run build first.`);
// Other work on the machine slows the builds down: the load average is kept beside the times.
const results = {
	measuredAt: new Date().toISOString(),
	node: process.versions.node,
	cpus: cpus().length,
	memoryGB: Math.round(totalmem() / 2 ** 30),
	loadAverage: loadNow(),
};
results.sample = await measureSite(sampleDist);

if (!option('sample-only')) {
	results.sizes = [];
	for (const producers of sizes) results.sizes.push(await measureSize(producers));
	results.growth = growth(results.sizes.map(({ producers, build, floor }) => ({ producers, ours: build, floor })));
}

/**
 * One size: a synthetic copy of the project with `producers` entries and the floor over the same entries, both
 * outside the repository (inside it, under an ignored folder, Tailwind would scan node_modules for class names).
 * Our first build processes every photo; then ours with a warm image cache and the floor build in turn, `runs`
 * times, so that both meet the same load; each figure is the median of its runs.
 */
async function measureSize(producers) {
	const copy = mkdtempSync(join(tmpdir(), `kazaly-bench-${producers}-`));
	const floorCopy = `${copy}-floor`;
	mkdirSync(work, { recursive: true });
	console.error(`Composing ${producers} synthetic producers in ${copy} …`);
	const made = await makeSyntheticProject(project, copy, producers);
	makeFloorProject(project, floorCopy, join(copy, entriesDir), locales);
	const build = async (folder, name) => {
		const log = join(work, `build-${producers}-${name}.log`);
		const measured = { ...(await timedBuild(folder, join(project, 'node_modules/.bin'), log)), loadAverage: loadNow() };
		if (!measured.ok) throw new Error(`The ${name} build of ${producers} producers failed; see ${log}.`);
		console.error(`  ${name}: ${measured.wallSeconds} s wall, ${measured.cpuSeconds} s CPU, ${measured.peakTreeMB} MB`);
		return measured;
	};
	const cold = await build(copy, 'cold');
	const warm = [];
	const floor = [];
	for (let run = 1; run <= runs; run++) {
		warm.push(await build(copy, `warm-${run}`));
		floor.push(await build(floorCopy, `floor-${run}`));
	}
	const ours = { ...warm.at(-1), ...medianRun(warm) };
	const floorMedian = { ...floor.at(-1), ...medianRun(floor) };
	const measured = {
		producers,
		build: { ...made, ...ours, cold, warmRuns: warm },
		floor: { ...floorMedian, floorRuns: floor },
		versusFloor: versusFloor(ours, floorMedian),
		...(await measureSite(join(copy, 'dist'))),
	};
	if (option('keep')) console.error(`Kept the synthetic project in ${copy} and the floor in ${floorCopy}.`);
	else for (const folder of [copy, floorCopy]) rmSync(folder, { recursive: true, force: true });
	return measured;
}

console.log(formatReport(results));
const json = `${JSON.stringify(forJson(results), null, '\t')}\n`;
for (const file of [join(project, 'bench/results.json'), join(project, 'tests/.output/bench.json')]) {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, json);
}
