import { type Zippable, strToU8, zipSync } from 'fflate';
import { archiveLayout } from './entry-archive.ts';

/**
 * Zips an entry folder in the browser (and in tests, in Node): fflate is 8 KB, has no dependencies and zips
 * synchronously from bytes, so the submit form loads it only when the visitor asks for the .zip.
 */
export function entryZip(slug: string, mdx: string, photos: ReadonlyMap<string, Uint8Array>): Uint8Array<ArrayBuffer> {
	// Photos are JPEG, PNG or WebP, already compressed: storing them saves a phone the work for nothing.
	const members: Zippable = {};
	for (const [name, bytes] of archiveLayout(slug, strToU8(mdx), photos)) members[name] = [bytes, { level: name.endsWith('.mdx') ? 9 : 0 }];
	return zipSync(members);
}
