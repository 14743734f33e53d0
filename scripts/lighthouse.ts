/**
 * Lighthouse on the built site, as a phone sees it: Lighthouse's default mobile emulation and simulated
 * throttling, Debian's Chromium, dist/ (or SHOWCASE_DIST) served on 127.0.0.1. Each page is measured three
 * times and each score is the median of the three. Prints a table and writes bench/lighthouse.json.
 * Run after a build: `npm run lighthouse`; `-- search` measures only the pages whose name begins with «search»,
 * `-- --runs=5` runs each page five times. See docs/performance.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/server.ts';

const project = new URL('..', import.meta.url).pathname;
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'profile', path: '/producers/damdi-naubaihanasy/' },
	{ name: 'product', path: '/producers/aqbala-plastik/pet-botelke-1-litr/' },
	{ name: 'catalogue', path: '/products/' },
	{ name: 'search', path: '/search/?q=бөтелке' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The metrics behind the performance score, kept beside it so a lost point can be traced. */
const metrics = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
] as const;
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.split('=')[1] ?? 3);

const dist = resolve(process.env['SHOWCASE_DIST'] ?? join(project, 'dist'));
if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);

/** A free port of 127.0.0.1 for Chromium's debugging protocol, which Lighthouse drives. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every request a run made that left 127.0.0.1: there must be none, or the scores measure someone else's server. */
function offsiteRequests(result: Result): string[] {
	const items = (result.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
	return items.map(({ url }) => url).filter((url) => /^https?:/.test(url) && new URL(url).hostname !== '127.0.0.1');
}

// Compressed, as every host the site is published to serves it.
const server = await serveStatic(dist, { compress: true });
const port = await freePort();
const browser = await launchChromium([`--remote-debugging-port=${port}`]);
const measured = [];
const chromium = browser.version();
try {
	for (const { name, path } of pages.filter(({ name }) => !only || name.startsWith(only))) {
		const results: Result[] = [];
		for (let run = 0; run < runs; run++) {
			// The defaults are Lighthouse's mobile settings: a mid-range phone's screen, a slow 4G network, a 4x slower CPU.
			const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
			const answer = await lighthouse(`${server.origin}${path}`, flags);
			if (!answer) throw new Error(`Lighthouse returned nothing for ${path}.`);
			const offsite = offsiteRequests(answer.lhr);
			if (offsite.length) throw new Error(`${path} requested addresses outside the machine:\n  ${offsite.join('\n  ')}`);
			if (answer.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${path}: ${answer.lhr.runtimeError.message}`);
			results.push(answer.lhr);
		}
		const scores = Object.fromEntries(
			categories.map((id) => [id, median(results.map((result) => Math.round((result.categories[id]?.score ?? 0) * 100)))]),
		);
		const values = Object.fromEntries(metrics.map((id) => [id, median(results.map((result) => result.audits[id]?.numericValue ?? 0))]));
		// What cost points in the run with the median performance score: every audit that did not pass.
		const middle = results.toSorted((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0))[
			Math.floor(results.length / 2)
		]!;
		const failing = Object.values(middle.audits)
			.filter(
				(audit) =>
					audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
			)
			.map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`);
		const runScores = results.map((result) => categories.map((id) => Math.round((result.categories[id]?.score ?? 0) * 100)));
		// Lighthouse's own measure of how fast this machine was during the runs: a busy machine scores lower on performance.
		const benchmarkIndex = median(results.map((result) => result.environment.benchmarkIndex));
		measured.push({ name, path, scores, metrics: values, benchmarkIndex, runs: runScores, failing });
		console.error(`${name}: ${categories.map((id) => scores[id]).join(' / ')} (runs: ${runScores.map((run) => run.join('/')).join(', ')})`);
	}
} finally {
	await browser.close();
	await server.close();
}

const report = {
	measuredAt: new Date().toISOString(),
	lighthouse: (JSON.parse(readFileSync(join(project, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version,
	chromium,
	cpus: cpus().length,
	loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
	runs,
	pages: measured,
};
mkdirSync(join(project, 'bench'), { recursive: true });
writeFileSync(join(project, 'bench/lighthouse.json'), `${JSON.stringify(report, null, '\t')}\n`);

const row = (cells: (string | number)[]) => cells.map((cell, at) => String(cell).padEnd(at ? 16 : 11)).join('');
console.log(row(['page', ...categories, 'LCP ms', 'TBT ms', 'CLS', 'CPU index']));
for (const { name, scores, metrics: values, benchmarkIndex, failing } of measured) {
	const metric = (id: (typeof metrics)[number]) => values[id]!;
	const cells = [
		Math.round(metric('largest-contentful-paint')),
		Math.round(metric('total-blocking-time')),
		metric('cumulative-layout-shift').toFixed(3),
		Math.round(benchmarkIndex),
	];
	console.log(row([name, ...categories.map((id) => scores[id]!), ...cells]));
	for (const audit of failing) console.log(`           ${audit}`);
}
console.log(
	`Median of ${runs} runs, Lighthouse ${report.lighthouse}, Chromium ${report.chromium}, ${report.cpus} CPUs, load average ${report.loadAverage.join(' ')}; bench/lighthouse.json`,
);
