import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { formatProblems, summary, validateCatalogue } from '../validate/index.ts';

/**
 * Runs the entry validator before the content is loaded, so `astro build` and `astro sync` refuse an invalid
 * catalogue with the same messages as `npm run validate`. The texts' safety rules are not run here but inside the
 * MDX compiler (src/integrations/remark-safe.ts), where nothing can slip past them. In `astro dev` problems are logged
 * and the server keeps running, so the author can fix them while watching.
 */
export function validateEntries(): AstroIntegration {
	return {
		name: 'kazaly:validate-entries',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				const { entries, problems } = await validateCatalogue({ root: fileURLToPath(config.root), body: false });
				if (problems.length === 0) return;
				const report = `${formatProblems(problems)}\n\n${summary(problems, entries.length)}`;
				if (command === 'dev') {
					logger.error(`Entries with problems (docs/validation.md):\n\n${report}`);
					return;
				}
				throw new AstroError(
					`The catalogue has invalid entries, so the site is not built:\n\n${report}\n`,
					'Correct each field named above in its file, then run `npm run validate` to check again; every rule and its fix is in docs/validation.md.',
				);
			},
		},
	};
}
