/** Where the tests find the project: the built site, the content sources, the site configuration. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site: dist/, or the folder in SHOWCASE_DIST (for checking a build made elsewhere, e.g. with --outDir). */
export const distDir = process.env['SHOWCASE_DIST']
	? resolve(process.env['SHOWCASE_DIST'])
	: fileURLToPath(new URL('../../dist/', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** The deployed origin from content/site.json: absolute links to it are internal links. */
export const siteOrigin: string = new URL(JSON.parse(readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8')).url).origin;

/** Fails early, and plainly, when the site has not been built: these tests check dist/, they do not build it. */
export function requireDist(): string {
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error(`No built site in ${distDir}. Build it first: npm run build (npm test builds and then tests).`);
	}
	return distDir;
}
