/** Walking the built site: every file under a folder, and the URL path each HTML file is served at. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, recursively, as absolute paths in a stable order. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The URL path a file in `root` is served at: dist/producers/x/index.html -> /producers/x/. */
export function urlPathOf(root: string, file: string): string {
	const path = `/${relative(root, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a URL path resolves to in `root`, following the static host's rule: a folder serves its index.html. */
export function filePathOf(root: string, urlPath: string): string {
	const path = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
	return join(root, ...path.split('/').filter(Boolean));
}

/** Pairs [copy, original] of byte-identical files, comparing sizes first so that only likely copies are hashed. */
export function identicalFiles(copies: string[], originals: string[]): [copy: string, original: string][] {
	const bySize = new Map<number, string[]>();
	for (const file of originals) {
		const size = statSync(file).size;
		if (size > 0) bySize.set(size, [...(bySize.get(size) ?? []), file]);
	}
	const hashes = new Map<string, string>();
	const hash = (file: string) => {
		let digest = hashes.get(file);
		if (!digest) {
			digest = createHash('sha256').update(readFileSync(file)).digest('hex');
			hashes.set(file, digest);
		}
		return digest;
	};
	return copies.flatMap((copy) => {
		const same = (bySize.get(statSync(copy).size) ?? []).find((original) => hash(original) === hash(copy));
		return same ? [[copy, same] as [string, string]] : [];
	});
}
