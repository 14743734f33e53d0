/**
 * Turns the validator's machine-readable problems (`npm run validate -- --json`) into one readable Markdown comment
 * for a pull request or an issue. The JSON may come from a pull request's own code, so it is read as untrusted
 * data: only known fields are taken, every text is escaped, mentions and references are defused, sizes are capped.
 */
import { code, plain } from '../../src/lib/inert-markdown.ts';

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

/** The checks a comment can say were run, by what a reader would call them and the command behind them. */
export const checkNames = {
	entry: 'Жазбаның өзі / The entry itself (`npm run validate -- <entry folder>`)',
	catalogue: 'Барлық жазбалар және олардың арасындағы ережелер / Every entry, and the rules across entries (`npm run validate`)',
	build: 'Сайтты құрастыру / The site build (`npm run build`)',
} as const;

/** One check, and whether it passed, failed, or never started because a step before it failed. */
export interface CheckRun {
	check: keyof typeof checkNames;
	outcome: 'passed' | 'failed' | 'not run';
}

const outcomeMarks: Record<CheckRun['outcome'], string> = { passed: '✅', failed: '❌', 'not run': '➖ (іске қосылмады / did not run)' };

/** What the comment says about the run as a whole. */
export interface ReportContext {
	/** The entries that were checked, e.g. content/businesses/aqbala-plastik. */
	entries: readonly string[];
	problems: readonly ReportProblem[];
	/** Which checks ran, when the comment should say so (a pull request the workflow opened runs no other CI). */
	ran?: readonly CheckRun[] | undefined;
	/** Where the full log is, e.g. the workflow run's address. */
	logUrl?: string | undefined;
}

/**
 * The whole comment, in Kazakh and English, with a marker that lets the next run find and edit it. It is cut only
 * between whole items, never inside one, so no cut can leave a code span open and switch Markdown back on.
 */
export function reportMarkdown({ entries, problems, ran = [], logUrl }: ReportContext): string {
	const head = [reportMarker];
	let items: string[];
	if (problems.length === 0 && entries.length === 0) {
		head.push('### Бұл өзгерісте жазба жоқ / No entries changed');
		items = [];
	} else if (problems.length === 0) {
		head.push(
			ran.length ? '### ✅ Тексерулер өтті / The checks pass' : '### ✅ Жазбалар тексеруден өтті / The entries pass the checks',
			'',
		);
		items = entries.map((entry) => `- ${code(entry)}`);
	} else {
		head.push(
			`### ❌ Жазбада ${problems.length} қате бар / ${problems.length === 1 ? 'One problem' : `${problems.length} problems`} to fix`,
			'',
			'Төмендегі әр жолды түзетіп, өзгерісті қайта жіберіңіз. / Fix each item below and push the change (or edit the issue) again.',
			'',
		);
		items = problems.slice(0, maxProblems).map(problemMarkdown);
	}
	const tail: string[] = [];
	if (ran.length)
		tail.push(
			'',
			'**Не тексерілді / What ran**',
			'',
			...ran.map(({ check, outcome }) => `- ${outcomeMarks[outcome]} ${checkNames[check]}`),
		);
	if (logUrl && /^https:\/\/[^\s()<>]+$/.test(logUrl)) tail.push('', `[Толық журнал / Full log](${logUrl})`);
	const total = problems.length || entries.length;
	// Room for the items: GitHub refuses a comment over 65,536 characters, and the "more" line needs its own.
	let room = maxComment - [...head, ...tail].join('\n').length - 100;
	const shown: string[] = [];
	for (const item of items) {
		room -= item.length + 1;
		if (room < 0) break;
		shown.push(item);
	}
	const more = total - shown.length;
	return [...head, ...shown, ...(more > 0 ? [`- … ${more} more / тағы ${more}`] : []), ...tail].join('\n');
}

function problemMarkdown(problem: ReportProblem): string {
	const where = [problem.file && `${problem.file}${problem.line ? `:${problem.line}` : ''}`, problem.field]
		.filter(Boolean)
		.map((part) => code(part!));
	const said = [problem.kk, problem.en].filter(Boolean).map((message) => plain(message!));
	const detail = [
		problem.found !== undefined && `Табылды / Found: ${code(problem.found)}`,
		problem.expected !== undefined && `Күтілді / Expected: ${plain(problem.expected)}`,
	].filter(Boolean);
	// GitHub keeps a comment's line breaks, so each part sits on its own line within the list item.
	return [
		`- ${where.join(' ') || code('entry')}`,
		...said.map((message) => `  ${message}`),
		...(detail.length ? [`  ${detail.join(' · ')}`] : []),
	].join('\n');
}

/** A comment as the GitHub API lists it: only what is needed to find the bot's own. */
export interface ListedComment {
	id: number;
	body?: string | null;
	user?: { login?: string; type?: string } | null;
}

/** The account GitHub Actions comments as, with the workflow's own token. */
const actionsBot = 'github-actions[bot]';

/** The report comment an earlier run left: the bot's own, holding the marker; a person's copy of the marker is ignored. */
export function findReportComment(comments: readonly ListedComment[]): ListedComment | undefined {
	return comments.find(
		(comment) => comment.user?.login === actionsBot && comment.user.type === 'Bot' && comment.body?.includes(reportMarker),
	);
}
