/**
 * Writes the Markdown comment that reports a validation to a pull request or an issue, from the validator's
 * JSON and, for issues, the problems found while reading the issue. Both inputs are read as untrusted data.
 *
 *   node scripts/validation-comment.ts --validation validation.json [--problems problems.json]...
 *     [--entry content/businesses/<slug>]... [--entries entries.json] [--failed] [--ran <check>=<exit status>]...
 *     [--log-url URL] > comment.md
 *
 * --failed says the validator exited with an error: if its JSON then names no problem (it crashed, or printed
 * something else), the comment says so instead of reporting success. --ran names a check that ran (entry,
 * catalogue, build) and its exit status; the comment lists them, and a failed one counts as --failed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkNames, readProblems, reportMarkdown, type CheckRun, type ReportProblem } from './github/validation-report.ts';

const { values: options } = parseArgs({
	options: {
		validation: { type: 'string' },
		problems: { type: 'string', multiple: true, default: [] },
		entry: { type: 'string', multiple: true, default: [] },
		entries: { type: 'string' },
		failed: { type: 'boolean', default: false },
		ran: { type: 'string', multiple: true, default: [] },
		'log-url': { type: 'string' },
	},
});

/** The JSON in a file, or undefined when the file is missing, empty or not JSON. */
function readJson(path: string | undefined): unknown {
	if (!path) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

const ran = options.ran.map((given): CheckRun => {
	const [, check, status] = /^(\w+)=(\d*)$/.exec(given) ?? [];
	if (!check || !Object.hasOwn(checkNames, check))
		throw new Error(`--ran ${given}: expected <check>=<exit status>, the check one of ${Object.keys(checkNames).join(', ')}.`);
	// An empty status is a check that never got to run: a step before it failed.
	return { check: check as CheckRun['check'], outcome: status === '' ? 'not run' : status === '0' ? 'passed' : 'failed' };
});
const problems: ReportProblem[] = [
	...options.problems.flatMap((file) => readProblems(readJson(file))),
	...readProblems(readJson(options.validation)),
];
if ((options.failed || ran.some((run) => run.outcome !== 'passed')) && problems.length === 0) {
	problems.push({
		kk: 'Тексеру аяқталмады: толық журналды қараңыз.',
		en: 'The check did not finish: see the full log.',
	});
}
const listed = readJson(options.entries);
const entries = [...options.entry, ...(Array.isArray(listed) ? listed.filter((entry): entry is string => typeof entry === 'string') : [])];
process.stdout.write(`${reportMarkdown({ entries, problems, ran, logUrl: options['log-url'] })}\n`);
