/** Chromium for the browser tests: Debian's build, headless, unable to reach anything but the local test server. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';

const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Belt and braces behind the request blocking below: no host name but the test server's resolves at all.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches Debian's Chromium; never a browser downloaded by Playwright. `extraArgs` add to the flags above. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium is not installed at ${chromiumPath}. Install Debian's chromium: apt-get install chromium`);
	}
	return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** What went wrong while a page was open, in words a failing test can print. */
export interface Problems {
	/** Console errors and uncaught exceptions. */
	consoleErrors: string[];
	/** Requests that failed on the network or were answered with an HTTP error; not images left behind. */
	failedRequests: string[];
	/** Requests to any host but 127.0.0.1: blocked, and a test failure on their own. */
	offsiteRequests: string[];
}

export interface WatchedContext {
	context: BrowserContext;
	problems: Problems;
}

/** A browser context that records its pages' problems and blocks every request that leaves 127.0.0.1. */
export async function watchedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedContext> {
	const context = await browser.newContext(options);
	const problems: Problems = { consoleErrors: [], failedRequests: [], offsiteRequests: [] };
	await context.route('**/*', (route) => {
		const request = route.request();
		if (isOffsite(request.url())) {
			problems.offsiteRequests.push(`${request.method()} ${request.url()}`);
			return route.abort('blockedbyclient');
		}
		return route.continue();
	});
	context.on('page', (page) => recordProblems(page, problems));
	return { context, problems };
}

/** Listens to one page for console errors, uncaught exceptions, failed requests and HTTP errors. */
function recordProblems(page: Page, problems: Problems): void {
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
	page.on('requestfailed', (request) => {
		if (isOffsite(request.url())) return;
		// A lazy image the page cancels because the visitor moved on (a tap, a new query) was not needed, nor the
		// tab's icon the browser drops when the address changes before it arrives; a missing one still answers 404.
		const dropped = request.resourceType() === 'image' || /\/favicon\.\w+$/.test(new URL(request.url()).pathname);
		if (dropped && request.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400)
			problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
	});
}

/** Whether a request would leave the machine; data: and blob: URLs never do. */
function isOffsite(href: string): boolean {
	const url = new URL(href);
	return url.protocol.startsWith('http') && url.hostname !== '127.0.0.1';
}
