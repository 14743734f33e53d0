import { AstroError } from 'astro/errors';
import { formatProblems } from './format.ts';
import { displayPath } from './content-files.ts';
import { type Finding, problem } from './problem.ts';

/**
 * The error a compiler plugin stops the build with when a text breaks the rules: every problem of the
 * file, printed as the validator prints them, and the first line for Vite's overlay.
 */
export function entryFailure(root: string, file: string, findings: readonly Finding[], field = 'body'): Error {
	const problems = findings.map((finding) => problem({ file: displayPath(root, file), line: 0, field }, finding));
	const error = new AstroError(
		`A text breaks the safety rules:\n\n${formatProblems(problems)}\n`,
		'Take out of the text what each rule above names, or write it in plain Markdown; the rules and their reasons are in docs/validation.md.',
	);
	return Object.assign(error, { line: problems[0]?.line ?? 0, column: 1 });
}
