/**
 * The security headers, cache headers and redirects in each static host's own format: `_headers` and `_redirects`
 * for Netlify and Cloudflare Pages, include files for nginx (deploy/nginx.conf). Pure text; the build writes them.
 */
import { cacheControl } from './security.ts';

type Header = readonly [name: string, value: string];

/** Netlify's and Cloudflare Pages' `_headers`: the security headers on every path, long caching for hashed assets. */
export function hostHeaders(headers: readonly Header[]): string {
	const block = (path: string, lines: readonly Header[]) => [path, ...lines.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	// Pages get the hosts' default Cache-Control, which already revalidates; a second /* rule would be merged into it.
	return `${[block('/*', headers), block('/_astro/*', [['Cache-Control', cacheControl.hashed]]), block('/pagefind/*', [['Cache-Control', cacheControl.revalidate]])].join('\n')}\n`;
}

/** Netlify's and Cloudflare Pages' `_redirects`: one permanent redirect per old address. */
export function hostRedirects(routes: Readonly<Record<string, string>>): string {
	return Object.entries(routes)
		.map(([from, to]) => `${from} ${to} 301\n`)
		.join('');
}

/** nginx `add_header` lines; `always` so that error pages carry them too. */
export function nginxHeaders(headers: readonly Header[]): string {
	return headers.map(([name, value]) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;\n`).join('');
}

/** nginx locations answering each old address with a permanent redirect. */
export function nginxRedirects(routes: Readonly<Record<string, string>>): string {
	return Object.entries(routes)
		.map(([from, to]) => `location = ${from} { return 301 ${to}; }\n`)
		.join('');
}
