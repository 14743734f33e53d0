/** One static server and one Chromium per test file, with pages that fail the test if they reach off the machine. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, watchedContext, type Problems, type WatchedContext } from '../../scripts/support/browser';
import { requireDist } from './paths';
import { serveStatic, type StaticServer } from '../../scripts/support/server';

interface OpenedPage {
	page: Page;
	/** The HTTP status the page was served with. */
	status: number;
	problems: Problems;
}

export interface Site {
	/** The absolute URL of a path on the test server. */
	url(path: string): string;
	/** Opens a path in a fresh browser context (viewport, JavaScript on or off, ...) and waits for it to load. */
	open(path: string, options?: BrowserContextOptions): Promise<OpenedPage>;
}

/**
 * Call once at the top of a test file: starts the server and browser before its tests and stops them after. The
 * server is the tests' own static server unless `start` gives another (nginx with the repository's server block).
 */
export function useSite(start: () => Promise<StaticServer> = () => serveStatic(requireDist())): Site {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	let opened: WatchedContext[] = [];

	beforeAll(async () => {
		server = await start();
		browser = await launchChromium();
	});

	afterEach(async () => {
		const offsite = opened.flatMap(({ problems }) => problems.offsiteRequests);
		await Promise.all(opened.map(({ context }) => context.close()));
		opened = [];
		if (offsite.length > 0) throw new Error(`The page tried to reach beyond the test server (blocked):\n  ${offsite.join('\n  ')}`);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const url = (path: string) => {
		if (!server) throw new Error('The test server is not running: call useSite() at the top level of the test file.');
		return new URL(path, server.origin).href;
	};

	return {
		url,
		async open(path, options = {}) {
			if (!browser) throw new Error('The browser is not running: call useSite() at the top level of the test file.');
			const watched = await watchedContext(browser, options);
			opened.push(watched);
			const page = await watched.context.newPage();
			const response = await page.goto(url(path));
			return { page, status: response?.status() ?? 0, problems: watched.problems };
		},
	};
}
