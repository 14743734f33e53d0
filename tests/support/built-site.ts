/** The built site as the tests see it: its files, its pages, and whether a URL lands on something real. */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filePathOf, listFiles, urlPathOf } from './files';
import { fragmentTargets, parseHtml, references, type HTMLElement } from './html';
import { requireDist, siteOrigin } from './paths';

export interface BuiltSite {
	root: string;
	/** Every file in dist/, absolute. */
	files: string[];
	/** The URL path of every HTML page: /, /producers/, /404.html ... */
	pages: string[];
	/** A page's parsed document, read once. */
	document(page: string): HTMLElement;
	/** Where a URL on a page fails to land, or undefined when it resolves (or leaves the site). */
	brokenReason(url: string, page: string): string | undefined;
}

/** Reads dist/ (which must exist) into a BuiltSite. */
export function readBuiltSite(root = requireDist()): BuiltSite {
	const files = listFiles(root);
	const served = new Set(files.map((file) => `/${relative(root, file).split(sep).join('/')}`));
	const pages = files.filter((file) => file.endsWith('.html')).map((file) => urlPathOf(root, file));
	const documents = new Map<string, HTMLElement>();
	const targets = new Map<string, Set<string>>();

	const document = (page: string) => {
		let parsed = documents.get(page);
		if (!parsed) {
			parsed = parseHtml(readFileSync(filePathOf(root, page), 'utf8'));
			documents.set(page, parsed);
		}
		return parsed;
	};

	const brokenReason = (raw: string, page: string): string | undefined => {
		// Other schemes (mailto:, tel:, data:) are not files of the site.
		if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:/i.test(raw)) return undefined;
		let url: URL;
		let path: string;
		try {
			url = new URL(raw, siteOrigin + page);
			path = decodeURI(url.pathname);
		} catch {
			return 'not a valid URL';
		}
		if (url.origin !== siteOrigin) return undefined;
		const file = path.endsWith('/') ? `${path}index.html` : path;
		if (!served.has(file)) {
			return served.has(`${path}/index.html`) ? `${path} is a folder: link to ${path}/ (trailingSlash is 'always')` : `no file for ${path}`;
		}
		const fragment = decodeURIComponent(url.hash.slice(1));
		if (!fragment || !file.endsWith('.html')) return undefined;
		const target = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
		let ids = targets.get(target);
		if (!ids) {
			ids = fragmentTargets(document(target));
			targets.set(target, ids);
		}
		return ids.has(fragment) ? undefined : `${target} has no element with id "${fragment}"`;
	};

	return { root, files, pages, document, brokenReason };
}

/** Every URL on a page that does not land on a file of the site, with where it was found and why. */
export function brokenReferences(site: BuiltSite, page: string): string[] {
	const broken = references(site.document(page)).flatMap(({ url, where }) => {
		const reason = site.brokenReason(url, page);
		return reason ? [`${where} "${url}": ${reason}`] : [];
	});
	return [...new Set(broken)];
}

/** What is wrong, page by page, listing only the pages where something is: {} when every page is right. */
export function problemsByPage(pages: string[], check: (page: string) => string[]): Record<string, string[]> {
	return Object.fromEntries(pages.map((page) => [page, check(page)] as const).filter(([, problems]) => problems.length > 0));
}
