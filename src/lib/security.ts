/**
 * The site's security policy, in one place: the Content-Security-Policy and the other security headers. The build
 * (src/integrations/host-files.ts) adds the hashes of the inline scripts and styles it finds in the pages and writes
 * the result into every page's meta tag, Netlify's and Cloudflare's `_headers` and nginx's headers file.
 */

/** Hashes of the inline code the built pages carry, as CSP sources: 'sha256-…'. */
export interface InlineHashes {
	/** Inline `<script>` elements. */
	scripts: readonly string[];
	/** Inline `<style>` elements. */
	styles: readonly string[];
	/** `style="…"` attributes, which only 'unsafe-hashes' can allow one value at a time. */
	styleAttributes: readonly string[];
}

/** Where the policy is delivered: a header, or a meta tag for hosts that take no headers (GitHub Pages). */
export type Delivery = 'header' | 'meta';

/** Origins besides the site's own that a page may send a form to: the repository host, for the submit form. */
function formTargets(repository: string): string[] {
	return [new URL(repository).origin];
}

/**
 * The Content-Security-Policy for every page. Scripts and styles come from the site itself or match a hash; nothing
 * inline runs unless the build saw it. Pagefind compiles its WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval') and
 * searches in a worker of the site's own; the submit form previews the chosen photo from a blob: URL, and the
 * stylesheet draws its ornaments as data: SVG images, which cannot run script.
 */
export function contentSecurityPolicy(hashes: InlineHashes, repository: string, delivery: Delivery): string {
	const directives: [string, string[]][] = [
		['default-src', ["'self'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(hashes.scripts)]],
		// style-src for browsers that know neither of the two that follow it.
		['style-src', ["'self'", ...quoted(hashes.styles)]],
		['style-src-elem', ["'self'", ...quoted(hashes.styles)]],
		['style-src-attr', hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...quoted(hashes.styleAttributes)] : ["'none'"]],
		['img-src', ["'self'", 'data:', 'blob:']],
		['font-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['worker-src', ["'self'"]],
		['manifest-src', ["'self'"]],
		['frame-src', ["'none'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'", ...formTargets(repository)]],
		// Browsers ignore frame-ancestors in a meta tag, and Chromium logs an error for it there.
		...(delivery === 'header' ? ([['frame-ancestors', ["'none'"]]] as [string, string[]][]) : []),
	];
	return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The headers every response carries, the policy first. */
export function securityHeaders(policy: string): [name: string, value: string][] {
	return [
		['Content-Security-Policy', policy],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Content-Type-Options', 'nosniff'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
}

/** How long a response may be cached, by kind of file. */
export const cacheControl = {
	/** Vite names every file in /_astro/ by its content, so a changed file is a new address. */
	hashed: 'public, max-age=31536000, immutable',
	/** Pages and Pagefind's files keep their names from build to build: ask the server each time (an ETag makes it cheap). */
	revalidate: 'no-cache',
} as const;

/** Quotes hash sources as CSP wants them: 'sha256-…'. */
function quoted(sources: readonly string[]): string[] {
	return [...new Set(sources)].sort().map((source) => `'${source}'`);
}
