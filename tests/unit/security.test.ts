/** The security policy and each host's rule files, as text: what they allow, and what they never allow. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/integrations/host-files';
import { hostHeaders, hostRedirects, nginxHeaders, nginxRedirects } from '../../src/lib/host-config';
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/security';

const repository = 'https://github.com/kazaly-showcase/kazaly-showcase';
const none = { scripts: [], styles: [], styleAttributes: [] };
const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The sources of one directive of a policy. */
function directive(policy: string, name: string): string[] | undefined {
	return policy
		.split('; ')
		.map((part) => part.split(' '))
		.find(([first]) => first === name)
		?.slice(1);
}

describe('the Content-Security-Policy', () => {
	const header = contentSecurityPolicy({ scripts: ['sha256-abc'], styles: ['sha256-def'], styleAttributes: [] }, repository, 'header');

	it('never allows inline code or eval by keyword', () => {
		expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(directive(header, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc'"]);
		expect(directive(header, 'style-src-elem')).toEqual(["'self'", "'sha256-def'"]);
	});

	it.each([
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['worker-src', ["'self'"]],
		['form-action', ["'self'", 'https://github.com']],
		['frame-ancestors', ["'none'"]],
		['style-src-attr', ["'none'"]],
	])('%s is %j', (name, sources) => expect(directive(header, name)).toEqual(sources));

	it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
		expect(directive(contentSecurityPolicy(none, repository, 'meta'), 'frame-ancestors')).toBeUndefined();
	});

	it('allows style attributes one hash at a time', () => {
		const policy = contentSecurityPolicy({ ...none, styleAttributes: ['sha256-b', 'sha256-a', 'sha256-a'] }, repository, 'header');
		expect(directive(policy, 'style-src-attr')).toEqual(["'unsafe-hashes'", "'sha256-a'", "'sha256-b'"]);
	});

	it('comes with the other security headers', () => {
		expect(securityHeaders('x').map(([name]) => name)).toEqual([
			'Content-Security-Policy',
			'Referrer-Policy',
			'X-Content-Type-Options',
			'Permissions-Policy',
			'Cross-Origin-Opener-Policy',
		]);
	});
});

describe('the inline code of built pages', () => {
	it.each([
		['<script>let a = 1;</script>', { ...none, scripts: [hashOf('let a = 1;')] }],
		['<script type="module">go()</script>', { ...none, scripts: [hashOf('go()')] }],
		['<script type="module" src="/_astro/a.js"></script>', none],
		['<script type="application/ld+json">{"@type":"Product"}</script>', none],
		['<style>.a{color:red}</style>', { ...none, styles: [hashOf('.a{color:red}')] }],
		['<p class="x" style="font-family: &quot;A&quot; &amp; B">', { ...none, styleAttributes: [hashOf('font-family: "A" & B')] }],
	])('%s', (html, hashes) => expect(inlineHashes([html])).toEqual(hashes));

	it('are hashed once however many pages repeat them', () => {
		expect(inlineHashes(['<script>x()</script>', '<script>x()</script>']).scripts).toHaveLength(1);
	});
});

describe("the hosts' rule files", () => {
	const headers = [['X-Content-Type-Options', 'nosniff']] as const;
	const routes = { '/producers/old/': '/producers/new/' };

	it('_headers sets the headers on every path and caches hashed assets for a year', () => {
		expect(hostHeaders(headers)).toBe(
			'/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n/pagefind/*\n  Cache-Control: no-cache\n',
		);
	});

	it('_redirects and nginx send old addresses on permanently', () => {
		expect(hostRedirects(routes)).toBe('/producers/old/ /producers/new/ 301\n');
		expect(nginxRedirects(routes)).toBe('location = /producers/old/ { return 301 /producers/new/; }\n');
	});

	it('nginx adds each header to error pages too', () => {
		expect(nginxHeaders(headers)).toBe('add_header X-Content-Type-Options "nosniff" always;\n');
	});
});
