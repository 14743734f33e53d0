/**
 * Turns the validator's machine-readable problems (`npm run validate -- --json`) into one readable Markdown comment
 * for a pull request or an issue. The JSON may come from a pull request's own code, so it is read as untrusted
 * data: only known fields are taken, every text is escaped, mentions and references are defused, sizes are capped.
 */

/** One problem, as the comment shows it. */
export interface ReportProblem {
	file?: string | undefined;
	line?: number | undefined;
	field?: string | undefined;
	/** The message in Kazakh and in English; either may be missing. */
	kk?: string | undefined;
	en?: string | undefined;
	found?: string | undefined;
	expected?: string | undefined;
}

/** Marks the bot's comment, so a later run edits it instead of adding another. */
export const reportMarker = '<!-- kazaly-showcase:validation -->';

/** GitHub refuses comments over 65,536 characters; stay well below. */
const maxComment = 60_000;
const maxProblems = 100;
const maxText = 600;

/**
 * Reads the validator's JSON into problems. Accepts a list or an object holding one (`problems`, `errors`,
 * or per-file results with their own lists), so the comment keeps working as the validator's output grows.
 */
export function readProblems(json: unknown): ReportProblem[] {
	const out: ReportProblem[] = [];
	const visit = (value: unknown, file: string | undefined, depth: number) => {
		if (depth > 4 || out.length >= maxProblems * 2) return;
		if (Array.isArray(value)) {
			for (const item of value) visit(item, file, depth + 1);
			return;
		}
		if (!value || typeof value !== 'object') return;
		const record = value as Record<string, unknown>;
		const ownFile = text(record.file) ?? text(record.path) ?? file;
		const list = record.problems ?? record.errors ?? record.issues ?? record.results ?? record.files;
		if (list !== undefined) {
			visit(list, ownFile, depth + 1);
			return;
		}
		const problem = toProblem(record, ownFile);
		if (problem) out.push(problem);
	};
	visit(json, undefined, 0);
	return out;
}

function toProblem(record: Record<string, unknown>, file: string | undefined): ReportProblem | undefined {
	const message = record.message;
	const messages = (message && typeof message === 'object' ? message : record.messages) as Record<string, unknown> | undefined;
	const kk = text(record.kk) ?? text(messages?.kk);
	const en = text(record.en) ?? text(messages?.en) ?? text(message);
	if (!kk && !en) return undefined;
	const line = typeof record.line === 'number' && Number.isInteger(record.line) && record.line > 0 ? record.line : undefined;
	const field = text(record.field) ?? (Array.isArray(record.path) ? record.path.map(String).join('.') : undefined);
	return { file, line, field, kk, en, found: text(record.found), expected: text(record.expected) };
}

function text(value: unknown): string | undefined {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return typeof value === 'string' && value.trim() ? value : undefined;
}

/** What the comment says about the run as a whole. */
export interface ReportContext {
	/** The entries that were checked, e.g. content/businesses/aqbala-plastik. */
	entries: readonly string[];
	problems: readonly ReportProblem[];
	/** Where the full log is, e.g. the workflow run's address. */
	logUrl?: string | undefined;
}

/** The whole comment, in Kazakh and English, with a marker that lets the next run find and edit it. */
export function reportMarkdown({ entries, problems, logUrl }: ReportContext): string {
	const lines = [reportMarker];
	if (problems.length === 0 && entries.length === 0) {
		lines.push('### Бұл өзгерісте жазба жоқ / No entries changed');
	} else if (problems.length === 0) {
		lines.push(`### ✅ Жазбалар тексеруден өтті / The entries pass the checks`, '', entries.map((entry) => `- ${code(entry)}`).join('\n'));
	} else {
		lines.push(
			`### ❌ Жазбада ${problems.length} қате бар / ${problems.length === 1 ? 'One problem' : `${problems.length} problems`} to fix`,
			'',
			'Төмендегі әр жолды түзетіп, өзгерісті қайта жіберіңіз. / Fix each item below and push the change (or edit the issue) again.',
			'',
		);
		for (const problem of problems.slice(0, maxProblems)) lines.push(problemMarkdown(problem));
		if (problems.length > maxProblems) lines.push(`- … ${problems.length - maxProblems} more / тағы ${problems.length - maxProblems}`);
	}
	if (logUrl && /^https:\/\/[^\s()<>]+$/.test(logUrl)) lines.push('', `[Толық журнал / Full log](${logUrl})`);
	const comment = lines.join('\n');
	return comment.length > maxComment ? `${comment.slice(0, maxComment)}\n\n… (қысқартылды / cut short)` : comment;
}

function problemMarkdown(problem: ReportProblem): string {
	const where = [problem.file && `${problem.file}${problem.line ? `:${problem.line}` : ''}`, problem.field].filter(Boolean).map((part) => code(part!));
	const said = [problem.kk, problem.en].filter(Boolean).map((message) => plain(message!));
	const detail = [problem.found !== undefined && `Табылды / Found: ${code(problem.found)}`, problem.expected !== undefined && `Күтілді / Expected: ${plain(problem.expected)}`].filter(Boolean);
	// GitHub keeps a comment's line breaks, so each part sits on its own line within the list item.
	return [`- ${where.join(' ') || code('entry')}`, ...said.map((message) => `  ${message}`), ...(detail.length ? [`  ${detail.join(' · ')}`] : [])].join('\n');
}

/** Untrusted text as inert Markdown on one line: every ASCII punctuation escaped, mentions and #references broken. */
export function plain(value: string): string {
	return oneLine(value)
		.replace(/[!-/:-@[-`{-~]/g, '\\$&')
		.replace(/([@#])/g, '$1\u200b');
}

/** Untrusted text as a code span, whatever backticks it holds. */
export function code(value: string): string {
	const inner = oneLine(value);
	const longest = Math.max(0, ...[...inner.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	const pad = inner.startsWith('`') || inner.endsWith('`') || inner.startsWith(' ') ? ' ' : '';
	return `${fence}${pad}${inner}${pad}${fence}`;
}

function oneLine(value: string): string {
	const flat = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
	return flat.length > maxText ? `${flat.slice(0, maxText)}…` : flat;
}

/** A comment as the GitHub API lists it: only what is needed to find the bot's own. */
export interface ListedComment {
	id: number;
	body?: string | null;
	user?: { login?: string; type?: string } | null;
}

/** The account GitHub Actions comments as, with the workflow's own token. */
export const actionsBot = 'github-actions[bot]';

/** The report comment an earlier run left: the bot's own, holding the marker; a person's copy of the marker is ignored. */
export function findReportComment(comments: readonly ListedComment[]): ListedComment | undefined {
	return comments.find((comment) => comment.user?.login === actionsBot && comment.user.type === 'Bot' && comment.body?.includes(reportMarker));
}
