/**
 * What a search downloads, measured in Chromium on the built site: the first search (the search page's own
 * JavaScript and everything under /pagefind/), then what one more query typed into the same page adds.
 */
import { launchChromium, watchedContext } from '../support/browser.ts';
import { serveStatic } from '../support/server.ts';
import { fileBytes } from './weight.mjs';

/** Opens /search/?q=<first>, then types <second> into the search box; returns the bytes of each step. */
export async function measureSearch(dist, first, second) {
	const server = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const { context } = await watchedContext(browser);
		const page = await context.newPage();
		const requests = { first: [], second: [] };
		let step = 'first';
		let pending = 0;
		page.on('request', () => pending++);
		page.on('requestfailed', () => pending--);
		page.on('requestfinished', (request) => {
			pending--;
			requests[step].push({ path: new URL(request.url()).pathname, type: request.resourceType() });
		});
		const quiet = () => waitForQuiet(() => pending);

		await page.goto(`${server.origin}/search/?q=${encodeURIComponent(first)}`);
		await waitForAnswer(page, first);
		await quiet();
		step = 'second';
		await page.fill('#search-q', second);
		await waitForAnswer(page, second);
		await quiet();
		return { first: { query: first, ...tally(dist, requests.first) }, second: { query: second, ...tally(dist, requests.second) } };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Waits until the address bar holds the query and the status line shows its count (or that nothing was found). */
async function waitForAnswer(page, query) {
	const loading = await page.locator('site-search').evaluate((element) => JSON.parse(element.dataset.strings ?? '{}').loading);
	await page.waitForFunction(
		({ query, loading }) => {
			const text = document.querySelector('[data-status]')?.textContent?.trim();
			return new URLSearchParams(location.search).get('q') === query && Boolean(text) && text !== loading;
		},
		{ query, loading },
		{ timeout: 30_000 },
	);
}

/** Resolves once no request has been in flight for half a second. */
async function waitForQuiet(inFlight) {
	for (let calm = 0; calm < 5; ) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		calm = inFlight() > 0 ? 0 : calm + 1;
	}
}

/** Sums the requests of one step by what they are: Pagefind, the page's JavaScript, the page itself, images. */
function tally(dist, requests) {
	const groups = { pagefind: [], script: [], page: [], image: [], other: [] };
	for (const { path, type } of requests) {
		const group = path.startsWith('/pagefind/') ? 'pagefind' : type === 'script' ? 'script' : type === 'document' || type === 'stylesheet' ? 'page' : type === 'image' ? 'image' : 'other';
		groups[group].push(path);
	}
	const sum = (paths) => {
		const files = paths.map((path) => ({ path, ...fileBytes(dist, path.endsWith('/') ? `${path}index.html` : path) }));
		return { files: files.length, raw: total(files, 'raw'), compressed: total(files, 'compressed'), list: files };
	};
	const parts = Object.fromEntries(Object.entries(groups).map(([group, paths]) => [group, sum(paths)]));
	// The search's own download: Pagefind and the script that drives it; the page and thumbnails are reported beside it.
	return { raw: parts.pagefind.raw + parts.script.raw, compressed: parts.pagefind.compressed + parts.script.compressed, ...parts };
}

const total = (files, key) => files.reduce((sum, file) => sum + file[key], 0);
