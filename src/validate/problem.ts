import { type RuleId, messages } from './messages.ts';

/** One thing wrong with an entry, said so that its author can fix it. */
export interface Problem {
	/** The file, relative to the project root with forward slashes: content/businesses/<slug>/index.mdx. */
	file: string;
	/** The line the problem is on, from 1; 0 when it belongs to no line (a missing file or folder). */
	line: number;
	/** The field, e.g. products[1].price; 'body' for the text after the front matter; '' for the whole file. */
	field: string;
	rule: RuleId;
	/** The message in Kazakh. */
	kk: string;
	/** The message in English. */
	en: string;
	/** What the entry holds, as written: -5, "bakerry", <script>. */
	found: string;
	/** What would be accepted, with an example: e.g. 1200. */
	expected: string;
}

/** Where a problem is: the file, its line and the field. */
export interface Place {
	file: string;
	line: number;
	field: string;
}

/** What a rule function reports before it knows the file: the rule, what it found and what it expects. */
export interface Finding {
	rule: RuleId;
	found: string;
	expected: string;
	/** The line, when the rule knows it (body rules do, from the parser). */
	line?: number;
}

/** A problem from a rule and a place; the message comes from the one table in messages.ts. */
export function problem(place: Place, finding: Finding): Problem {
	const { kk, en } = messages[finding.rule];
	return { ...place, line: finding.line ?? place.line, rule: finding.rule, kk, en, found: finding.found, expected: finding.expected };
}

/** An error no rule expected (a parser giving up, a file vanishing mid-run), said as a problem of the file it met. */
export function unexpected(error: unknown): Finding {
	const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
	return {
		rule: 'file-unreadable',
		found: message.length > 120 ? `${message.slice(0, 117)}…` : message,
		expected: 'a file the checker reads to the end: tell the maintainers',
	};
}

/** Shows a value the way the author wrote it: strings quoted, long values cut. */
export function shown(value: unknown): string {
	if (value === undefined || value === null) return '(nothing)';
	const text =
		typeof value === 'string' ? JSON.stringify(value) : value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
