/** What Pagefind holds for each page of the built site, read from its fragment files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as the index holds it: the text it is found by (its search keys) and the metadata a result shows. */
export interface IndexedPage {
	content: string;
	meta: Record<string, string>;
}

/** Pagefind writes each fragment as gzip, its JSON after a short signature. */
const signature = 'pagefind_dcd';

const read = new Map<string, Map<string, IndexedPage>>();

/** Every indexed page of `dist`, by the address it is served at (read once per folder). */
export function indexedPages(dist: string): Map<string, IndexedPage> {
	let pages = read.get(dist);
	if (pages) return pages;
	pages = new Map();
	const folder = join(dist, 'pagefind', 'fragment');
	for (const file of readdirSync(folder)) {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		const { url, content, meta } = JSON.parse(text.startsWith(signature) ? text.slice(signature.length) : text);
		pages.set(url, { content, meta });
	}
	read.set(dist, pages);
	return pages;
}
