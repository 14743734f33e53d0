import type { Problem } from './problem.ts';

/**
 * One problem as the validator, the build and CI print it:
 *
 *     content/businesses/aqbala-plastik/index.mdx:14  products[1].price  [price]
 *       Бағасы оң бүтін сан болуы керек (теңгемен). / Price must be a positive whole number of tenge.
 *       Found: -5   Expected: e.g. 1200
 */
function formatProblem(problem: Problem): string {
	const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
	const head = [where, problem.field, `[${problem.rule}]`].filter(Boolean).join('  ');
	return `${head}\n  ${problem.kk} / ${problem.en}\n  Found: ${problem.found}   Expected: ${problem.expected}`;
}

/** Problems one after another, in file and line order, a blank line between them. */
export function formatProblems(problems: readonly Problem[]): string {
	return sortProblems(problems).map(formatProblem).join('\n\n');
}

/** Problems in the order a reader fixes them: by file, then by line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The last line of a run, in both languages. */
export function summary(problems: readonly Problem[], entries: number): string {
	const files = new Set(problems.map((problem) => problem.file)).size;
	if (problems.length === 0) return `${entries} жазба тексерілді, қате жоқ. / ${entries} entries checked, no problems.`;
	return `${entries} жазба тексерілді: ${files} файлда ${problems.length} қате. / ${entries} entries checked: ${problems.length} problem(s) in ${files} file(s).`;
}
