/**
 * What changed in an entry's pull request when the bot updated it from an edited issue, said on the pull request
 * so that reviewers see it rather than a silent new commit: the fields, the files, and the approvals withdrawn.
 */
import { code } from '../../src/lib/inert-markdown.ts';

/** One file the update added, deleted or changed, as `git diff --name-status` says it (A, D, M). */
export interface FileChange {
	status: 'A' | 'D' | 'M';
	path: string;
}

/**
 * An index.mdx as its top-level fields, each with the lines written for it, and its story. Read as text, not as
 * YAML: the job that pushes installs no packages, and the entries it compares are the bot's own, one field a line
 * at the margin with its value indented below it (src/entry/entry-mdx.ts).
 */
function fieldsOf(mdx: string): { fields: Map<string, string>; story: string } {
	const [, front = '', story = mdx] = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/.exec(mdx) ?? [];
	const fields = new Map<string, string>();
	let key = '';
	for (const line of front.split(/\r?\n/)) {
		const field = /^(?:"([^"]+)"|([^\s#"'-][^:]*)):/.exec(line);
		if (field) key = field[1] ?? field[2]!.trim();
		fields.set(key, `${fields.get(key) ?? ''}${line}\n`);
	}
	return { fields, story: story.trim() };
}

/** The entry's fields written differently in two versions of its index.mdx, and `story` when the story differs. */
export function changedFields(before: string, after: string): string[] {
	const [old, now] = [fieldsOf(before), fieldsOf(after)];
	const keys = [...new Set([...old.fields.keys(), ...now.fields.keys()])].filter(Boolean);
	const fields = keys.filter((key) => old.fields.get(key) !== now.fields.get(key));
	return old.story === now.story ? fields : [...fields, 'story'];
}

/** What the comment says about the update. */
export interface UpdateReport {
	issue: number;
	commit: string;
	files: readonly FileChange[];
	fields: readonly string[];
	/** Reviewers whose approval was dismissed, and those whose approval could not be. */
	dismissed: readonly string[];
	kept: readonly string[];
}

const fileStatus = { A: 'қосылды / added', D: 'өшірілді / deleted', M: 'өзгерді / changed' } as const;
const maxFiles = 50;

/** The comment on the pull request, in Kazakh and English; every name in it is a code span. */
export function updateMarkdown({ issue, commit, files, fields, dismissed, kept }: UpdateReport): string {
	const lines = [
		'### ✏️ Жазба өтінімнен жаңартылды / The entry was updated from the issue',
		'',
		`#${issue} өтінімі өзгертілді және модератор жазбаны қайта сұрады: бұл сұранысқа жаңа коммит қосылды, ${code(commit.slice(0, 12))}. / Issue #${issue} was edited and a maintainer asked for the entry again: this pull request has a new commit, ${code(commit.slice(0, 12))}.`,
		'',
		`**Өзгерген өрістер / Fields changed:** ${fields.length ? fields.map(code).join(', ') : 'жоқ / none'}`,
		'',
		'**Файлдар / Files:**',
		...files.slice(0, maxFiles).map((file) => `- ${fileStatus[file.status]} ${code(file.path)}`),
		...(files.length > maxFiles ? [`- … ${files.length - maxFiles} more / тағы ${files.length - maxFiles}`] : []),
		'',
	];
	if (dismissed.length) {
		lines.push(
			`Бұрынғы мақұлдаулар алынды (${dismissed.map(code).join(', ')}): өзгерісті қарап, қайта мақұлдаңыз. / Earlier approvals were dismissed (${dismissed.map(code).join(', ')}): review the change and approve again.`,
		);
	} else {
		lines.push('Мақұлдау болған жоқ. / There was no approval to dismiss.');
	}
	if (kept.length) {
		lines.push(
			'',
			`⚠️ Мына мақұлдаулар алынбады: ${kept.map(code).join(', ')}. Оларды қолмен алыңыз. / These approvals could not be dismissed: ${kept.map(code).join(', ')}. Dismiss them by hand, or turn on «Dismiss stale pull request approvals when new commits are pushed» for the default branch.`,
		);
	}
	return lines.join('\n');
}
