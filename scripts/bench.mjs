#!/usr/bin/env node
/**
 * Measures the budgets of DESIGN.md: producer page weight and scripts, the largest HTML page, and what a search downloads, on the
 * built site (dist/, or SHOWCASE_DIST); then builds a synthetic 1,000-producer copy of the project and
 * measures its build time, peak memory and first search. Prints a table and writes bench/results.json and
 * tests/.output/bench.json. The synthetic build takes a few minutes on 2 cores. See docs/search.md.
 *
 *   node_modules/.bin/node scripts/bench.mjs [--producers=1000] [--sample-only] [--keep]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedBuild } from './bench/build.mjs';
import { formatReport, forJson } from './bench/report.mjs';
import { measureSearch } from './bench/search.mjs';
import { makeSyntheticProject } from './bench/synthetic.mjs';
import { largestHtmlPage, producerPages, summarizePages } from './bench/weight.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const option = (name) =>
	process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))?.split('=')[1] ?? process.argv.includes(`--${name}`);
const producers = Number(option('producers') || 1000);
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
	loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
};
results.sample = await measureSite(sampleDist);

if (!option('sample-only')) {
	// Outside the repository: inside it (under an ignored folder) Tailwind would scan node_modules for class names.
	const copy = mkdtempSync(join(tmpdir(), `kazaly-bench-${producers}-`));
	mkdirSync(work, { recursive: true });
	console.error(`Composing ${producers} synthetic producers in ${copy} …`);
	const made = await makeSyntheticProject(project, copy, producers);
	console.error('Building them (a few minutes on 2 cores) …');
	const build = async (name) => {
		const log = join(work, `build-${producers}-${name}.log`);
		const measured = {
			...(await timedBuild(copy, join(project, 'node_modules/.bin'), log)),
			loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
		};
		if (!measured.ok) throw new Error(`The synthetic build failed; see ${log}.`);
		return measured;
	};
	// The first build processes every photo; the second finds them in the image cache, as a site's builds do.
	const cold = await build('cold');
	console.error(`Built in ${cold.wallSeconds} s; building again with the image cache …`);
	const warm = await build('warm');
	results.synthetic = { build: { ...made, ...warm, cold }, ...(await measureSite(join(copy, 'dist'))) };
	if (option('keep')) console.error(`Kept the synthetic project in ${copy}.`);
	else rmSync(copy, { recursive: true, force: true });
}

console.log(formatReport(results));
const json = `${JSON.stringify(forJson(results), null, '\t')}\n`;
for (const file of [join(project, 'bench/results.json'), join(project, 'tests/.output/bench.json')]) {
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, json);
}
