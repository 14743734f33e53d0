/** The test server answers like the static hosts the site is deployed to, so the browser tests see what visitors see. */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFiles, urlPathOf } from '../support/files';
import { requireDist } from '../support/paths';
import { serveStatic, type StaticServer } from '../../scripts/support/server';

let server: StaticServer;
beforeAll(async () => {
	server = await serveStatic(requireDist());
});
afterAll(() => server?.close());

const get = (path: string) => fetch(new URL(path, server.origin), { redirect: 'manual' });

it.each([
	['/', 200, 'text/html; charset=utf-8'],
	['/producers/', 200, 'text/html; charset=utf-8'],
	['/no-such-page/', 404, 'text/html; charset=utf-8'],
	['/pagefind/pagefind.js', 200, 'text/javascript; charset=utf-8'],
	['/favicon.svg', 200, 'image/svg+xml'],
])('GET %s answers %i %s', async (path, status, type) => {
	const response = await get(path);
	expect([response.status, response.headers.get('content-type')]).toEqual([status, type]);
});

it('a folder without its trailing slash redirects to it', async () => {
	const response = await get('/producers');
	expect([response.status, response.headers.get('location')]).toEqual([301, '/producers/']);
});

it('a missing page is answered with 404.html', async () => {
	const [missing, page] = await Promise.all([get('/no-such-page/').then((r) => r.text()), get('/404.html').then((r) => r.text())]);
	expect(missing).toBe(page);
});

it('a path climbing out of dist/ is not served', async () => {
	// fetch() would tidy the dots away; send the request line exactly as an attacker would.
	const status = await new Promise<number | undefined>((resolve, reject) => {
		request(`${server.origin}/..%2fpackage.json`, (response) => resolve(response.resume().statusCode))
			.on('error', reject)
			.end();
	});
	expect(status).toBe(404);
});

it.each([
	['pf_meta', 'application/octet-stream'],
	['pagefind', 'application/octet-stream'],
	['avif', 'image/avif'],
	['webp', 'image/webp'],
])('a built .%s file is served as %s', async (extension, type) => {
	const file = findBuilt(extension);
	const response = await get(file);
	expect([response.status, response.headers.get('content-type')]).toEqual([200, type]);
});

/** The raw answer to a GET, undecoded, with the request's own Accept-Encoding. */
function rawGet(origin: string, path: string, acceptEncoding?: string): Promise<{ encoding: string | undefined; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
		request(`${origin}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

it('asked to compress, it gzips text for a client that accepts gzip, and only then', async () => {
	const compressing = await serveStatic(requireDist(), { compress: true });
	try {
		const page = readFileSync(join(requireDist(), 'index.html'));
		const gzipped = await rawGet(compressing.origin, '/', 'gzip, deflate');
		expect(gzipped.encoding).toBe('gzip');
		expect(gunzipSync(gzipped.body).equals(page)).toBe(true);
		expect((await rawGet(compressing.origin, '/')).encoding).toBeUndefined();
		// Photos are compressed already: gzip would only cost time.
		expect((await rawGet(compressing.origin, findBuilt('webp'), 'gzip')).encoding).toBeUndefined();
	} finally {
		await compressing.close();
	}
});

it('by default it sends files as they are, whatever the client accepts', async () => {
	expect((await rawGet(server.origin, '/', 'gzip')).encoding).toBeUndefined();
});

/** The URL path of some file in dist/ with this extension. */
function findBuilt(extension: string): string {
	const root = requireDist();
	const file = listFiles(root).find((path) => path.endsWith(`.${extension}`));
	expect(file, `dist/ has a .${extension} file`).toBeDefined();
	return urlPathOf(root, file!);
}
