import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutIndexBlock } from '../lib/index-block.ts';
import { hostHeaders, hostRedirects, nginxHeaders, nginxRedirects } from '../lib/host-config.ts';
import { locales } from '../lib/locale.ts';
import { eachLimited } from '../lib/pool.ts';
import { contentSecurityPolicy, type InlineHashes, securityHeaders } from '../lib/security.ts';
import { readRedirects, redirectRoutes } from '../validate/redirects.ts';

/** The folder of dist/ that nginx includes its generated rules from (deploy/nginx.conf); nginx serves none of it. */
const nginxFolder = '_nginx';

/** How many pages are read or written at once. */
const openFiles = 64;

/**
 * After the build, fixes the security policy to what the pages really contain: hashes every inline script, style
 * and style attribute, writes into each page's meta tag the policy for what that page holds (GitHub Pages takes no
 * headers), and writes the policy for every page, the cache headers and the old-address redirects for Netlify,
 * Cloudflare Pages and nginx. In the same pass it takes out of each page the block of search keys Pagefind has
 * indexed by then (SearchIndexData, about 1.5 KB compressed of a profile that no visitor needs): one read and one
 * write of every page, which at a thousand producers are twenty thousand. Runs after the Pagefind step.
 */
export function hostFiles(repository: string): AstroIntegration {
	let root = '';
	return {
		name: 'kazaly:host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => join(out, file));
				// A few dozen files open at a time: a large catalogue has tens of thousands of pages, past the open-file limit.
				const texts: string[] = [];
				await eachLimited([...pages.keys()], openFiles, async (index) => {
					texts[index] = await readFile(pages[index]!, 'utf8');
				});
				// Each page's meta tag allows only that page's own inline code; the hosts' header, one for the whole site,
				// allows every page's, and a browser given both enforces both.
				const meta = (text: string) =>
					`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineHashes([text]), repository, 'meta')}">`;
				let trimmed = 0;
				await eachLimited([...pages.keys()], openFiles, (index) => {
					const text = texts[index]!;
					const shown = withoutIndexBlock(text);
					if (shown !== text) trimmed++;
					return writeFile(pages[index]!, withMeta(shown, meta(shown)));
				});
				const hashes = inlineHashes(texts);

				const headers = securityHeaders(contentSecurityPolicy(hashes, repository, 'header'));
				const routes = redirectRoutes(readRedirects(root).redirects, locales);
				await mkdir(join(out, nginxFolder), { recursive: true });
				await Promise.all([
					writeFile(join(out, '_headers'), hostHeaders(headers)),
					writeFile(join(out, '_redirects'), hostRedirects(routes)),
					writeFile(join(out, nginxFolder, 'security-headers.conf'), nginxHeaders(headers)),
					writeFile(join(out, nginxFolder, 'redirects.conf'), nginxRedirects(routes)),
				]);
				const count = hashes.scripts.length + hashes.styles.length + hashes.styleAttributes.length;
				logger.info(
					`Content-Security-Policy on ${pages.length} pages, ${count} inline hashes; headers for Netlify, Cloudflare and nginx; the index block taken out of ${trimmed} pages.`,
				);
			},
		},
	};
}

/** Scripts the browser runs: no type, or a JavaScript one; JSON-LD and other data blocks never run. */
const runnable = /^(?:module|text\/javascript|application\/javascript)?$/i;

/** The distinct inline scripts, styles and style attributes of the pages, hashed as CSP sources. */
export function inlineHashes(texts: readonly string[]): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const text of texts) {
		for (const [, attributes = '', body = ''] of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
			const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
			if (!/\ssrc=/i.test(attributes) && runnable.test(type)) scripts.add(sha256(body));
		}
		for (const [, body = ''] of text.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) styles.add(sha256(body));
		for (const [, value = ''] of text.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)) styleAttributes.add(sha256(unescapeAttribute(value)));
	}
	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/** Puts the meta tag first in the head, before any script or style it governs. */
function withMeta(html: string, meta: string): string {
	for (const anchor of [/<meta charset="utf-8"\s*\/?>/i, /<head(?:\s[^>]*)?>/i, /<!doctype html>/i]) {
		const match = anchor.exec(html);
		if (match) return html.slice(0, match.index + match[0].length) + meta + html.slice(match.index + match[0].length);
	}
	return meta + html;
}

function sha256(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The browser hashes an attribute's value after the HTML parser has decoded its character references. */
function unescapeAttribute(value: string): string {
	return value.replace(
		/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
		(entity: string, decimal?: string, hex?: string, name?: string) => {
			if (decimal) return String.fromCodePoint(Number(decimal));
			if (hex) return String.fromCodePoint(parseInt(hex, 16));
			return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[(name ?? '').toLowerCase() as 'amp'] ?? entity;
		},
	);
}
