/** A tiny static file server over dist/, behaving like the static hosts the site is deployed to. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension; anything else is served as bytes. */
const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.avif': 'image/avif',
	'.webp': 'image/webp',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	// Real .wasm files need this type for WebAssembly.instantiateStreaming; Pagefind's own wasm is a .pagefind file.
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** The content type a static host would send for a file. */
function contentTypeOf(file: string): string {
	return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Types a host compresses on the way out; photos and Pagefind's files are compressed already. */
const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

interface ServeOptions {
	/** Gzip text for clients that accept it, as the production hosts do: what a page weighs on the wire is then measured right. */
	compress?: boolean;
}

export interface StaticServer {
	/** The origin to open pages at, e.g. http://127.0.0.1:40123 */
	origin: string;
	close(): Promise<void>;
}

/** Serves `root` on a random free port of 127.0.0.1: folders serve their index.html, anything missing serves 404.html with status 404. */
export async function serveStatic(root: string, { compress = false }: ServeOptions = {}): Promise<StaticServer> {
	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test server: a failed request fails the test that made it.
	const server = createServer(async (request, response) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
		const headOnly = request.method === 'HEAD';
		const gzip = compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			return send(response, 400, 'text/plain', 'Bad request');
		}
		const file = normalize(join(root, path));
		// A path like /../secret must never leave the served folder.
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return notFound(root, response, headOnly);
		const found = await stat(file).catch(() => undefined);
		if (found?.isDirectory()) {
			if (!url.pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
			return sendFile(response, 200, join(file, 'index.html'), headOnly, gzip).catch(() => notFound(root, response, headOnly));
		}
		if (found?.isFile()) return sendFile(response, 200, file, headOnly, gzip);
		return notFound(root, response, headOnly);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}

/** Streams a file, or rejects if it cannot be read so the caller can answer 404 instead. */
async function sendFile(response: ServerResponse, status: number, file: string, headOnly: boolean, gzip = false): Promise<void> {
	const { size } = await stat(file);
	const type = contentTypeOf(file);
	if (gzip && compressible.test(type)) {
		response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
		if (headOnly) return void response.end();
		return void createReadStream(file).pipe(createGzip()).pipe(response);
	}
	response.writeHead(status, { 'content-type': type, 'content-length': size });
	if (headOnly) return void response.end();
	createReadStream(file).pipe(response);
}

async function notFound(root: string, response: ServerResponse, headOnly: boolean): Promise<void> {
	await sendFile(response, 404, join(root, '404.html'), headOnly).catch(() => send(response, 404, 'text/plain', 'Not found'));
}

function redirect(response: ServerResponse, location: string): void {
	response.writeHead(301, { location }).end();
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
	response.writeHead(status, { 'content-type': `${type}; charset=utf-8` }).end(body);
}
