/** Bytes as a visitor's browser receives them: files of the built site, raw and compressed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** The first round trip of a new connection: ten TCP segments, about 14 KB. */
export const firstRoundTrip = 14 * 1024;

/** No HTML page of the site may pass this, compressed, at any number of producers: long lists are cut into pages. */
const htmlPageLimit = 50 * 1024;

/**
 * A file's size raw and as sent compressed: gzip at the level hosts use on the fly, except for files that
 * are gzip already (Pagefind's index, fragments and WebAssembly), which a host sends as they are.
 */
export function fileBytes(dist, path) {
	const bytes = readFileSync(join(dist, decodeURIComponent(path)));
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	return { raw: bytes.length, compressed: gzipped ? bytes.length : gzipSync(bytes, { level: 6 }).length };
}

/** Every producer profile in every language: its HTML and stylesheets, compressed, and the scripts it carries. */
export function producerPages(dist) {
	const pages = ['', 'ru/', 'en/'].flatMap((lang) => {
		const folder = join(dist, lang, 'producers');
		if (!existsSync(folder)) return [];
		return readdirSync(folder, { withFileTypes: true })
			// A profile has its vCard beside it; the producers list's own pages (/producers/2/) have none.
			.filter((entry) => entry.isDirectory() && existsSync(join(folder, `${entry.name}.vcf`)))
			.map((entry) => `/${lang}producers/${entry.name}/`);
	});
	return pages.map((path) => {
		const html = readFileSync(join(dist, path, 'index.html'));
		const document = parse(html.toString('utf8'));
		const styles = document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href') ?? '');
		const scripts = document.querySelectorAll('script');
		const css = styles.map((href) => fileBytes(dist, new URL(href, 'http://site').pathname));
		return {
			path,
			htmlBytes: html.length,
			cssBytes: css.reduce((sum, file) => sum + file.raw, 0),
			compressed: gzipSync(html, { level: 6 }).length + css.reduce((sum, file) => sum + file.compressed, 0),
			scripts: scripts.length,
			executableScripts: scripts.filter((script) => script.getAttribute('type') !== 'application/ld+json').length,
		};
	});
}

/** The producer pages in a few numbers: how many, median and largest compressed size, which exceed the budget. */
export function summarizePages(pages) {
	const sizes = pages.map(({ compressed }) => compressed).sort((a, b) => a - b);
	const largest = pages.reduce((max, page) => (page.compressed > (max?.compressed ?? -1) ? page : max), undefined);
	return {
		pages: pages.length,
		budget: firstRoundTrip,
		medianCompressed: sizes[Math.floor(sizes.length / 2)] ?? 0,
		maxCompressed: largest?.compressed ?? 0,
		largest: largest?.path,
		overBudget: pages.filter(({ compressed }) => compressed > firstRoundTrip).map(({ path, compressed }) => ({ path, compressed })),
		maxScripts: Math.max(0, ...pages.map(({ scripts }) => scripts)),
		maxExecutableScripts: Math.max(0, ...pages.map(({ executableScripts }) => executableScripts)),
	};
}

/** The heaviest HTML page of the whole site, compressed, among how many: the lists' pages, the exhibition's print pages and all. */
export function largestHtmlPage(dist) {
	const files = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html'));
	const largest = files
		.map((file) => ({ path: `/${String(file).split(sep).join('/')}`.replace(/index\.html$/, ''), ...fileBytes(dist, String(file)) }))
		.reduce((max, page) => (page.compressed > (max?.compressed ?? -1) ? page : max), undefined);
	return { pages: files.length, limit: htmlPageLimit, ...largest };
}
