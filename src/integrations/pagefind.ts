import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import * as indexer from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site, in the same process as the build. The pages keep their
 * block of search keys until the host files step, after this one, takes it out in its pass over every page.
 */
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
					log.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
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
