import { AstroError } from 'astro/errors';
import { join } from 'node:path';
import { formatProblems } from '../validate/format.ts';
import { linkProblems } from '../validate/links.ts';
import { contentDir } from '../validate/content-files.ts';

/**
 * Stops before anything reads a file of content/ if anything under it is a symbolic link: followed, it could hand
 * the build a file from anywhere on the machine. In every command, `astro dev` included: a link is never right.
 * This module reads no content itself, so astro.config.mjs can run it before it loads the modules that do (the
 * vocabularies are read as those modules load).
 */
export function refuseContentLinks(root: string): void {
	const problems = linkProblems(root, join(root, contentDir));
	if (problems.length === 0) return;
	throw new AstroError(
		`content/ holds symbolic links, so the site is not built:\n\n${formatProblems(problems)}\n`,
		'Put the file itself where each link is (a copy, not a link), or delete the link; docs/validation.md says why.',
	);
}
