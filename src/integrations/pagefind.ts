import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as indexer from 'pagefind';
import { withoutIndexBlock } from '../lib/index-block';

/** Builds the Pagefind search index over the finished site, in the same process as the build. */
export function pagefind(): AstroIntegration {
	return {
		name: 'kazaly:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const log = logger.fork('pagefind');
				const started = performance.now();
				try {
					const { index } = check(await indexer.createIndex({}), log);
					const { page_count } = check(await index!.addDirectory({ path: fileURLToPath(dir) }), log);
					check(await index!.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), log);
					const trimmed = await trimIndexedPages(fileURLToPath(dir));
					log.info(
						`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms; ${trimmed} pages trimmed of their index block.`,
					);
				} finally {
					await indexer.close();
				}
			},
		},
	};
}

/** Pagefind reports problems in the response instead of throwing; turn them into a failed build. */
function check<T extends { errors: string[] }>(response: T, log: AstroIntegrationLogger): T {
	if (response.errors.length > 0) {
		for (const error of response.errors) log.error(error);
		throw new AstroError(
			'Pagefind could not build the search index.',
			'Read the errors Pagefind printed above; docs/search.md explains how the index is built.',
		);
	}
	return response;
}

/**
 * Takes the hidden block Pagefind reads (SearchIndexData) out of every page once the index holds it: about
 * 1.5 KB compressed of a profile that no visitor needs. Returns how many pages had one.
 */
async function trimIndexedPages(root: string): Promise<number> {
	const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => join(root, file));
	let trimmed = 0;
	// A few files at a time: a thousand producers make twenty thousand pages.
	for (let at = 0; at < files.length; at += 64)
		await Promise.all(
			files.slice(at, at + 64).map(async (file) => {
				const html = await readFile(file, 'utf8');
				const without = withoutIndexBlock(html);
				if (without === html) return;
				await writeFile(file, without);
				trimmed++;
			}),
		);
	return trimmed;
}
