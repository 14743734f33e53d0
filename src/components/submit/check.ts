// First, before any module builds a schema: see the module.
import './no-eval.ts';
import { draftOf, answerProblems } from '../../entry/entry-check.ts';
import { type InputField, today } from '../../entry/entry-input.ts';
import { type EntryData, entryMdx, entryPath, entrySlug } from '../../entry/entry-mdx.ts';
import type { AnswerMessage } from '../../entry/entry-messages.ts';
import { newFileUrl, urlLimit } from '../../entry/new-file-url.ts';

/**
 * The heavy half of the form's script, loaded once the visitor starts filling it in: the entry schema
 * (the build's own rules), the MDX writer and the new-file link.
 */

/** What checking the form gives: messages by entry path, or the finished entry. */
export interface Checked {
	messages: Map<string, AnswerMessage>;
	data: EntryData;
	slug: string;
	entry?: { path: string; mdx: string; url?: string | undefined; fits: boolean; emptyUrl?: string | undefined };
}

/** The answers, and what the page knows: the repository, the slugs already taken, messages about picked photos. */
export interface Answers {
	fields: readonly InputField[];
	story: string;
	repository: string;
	taken: readonly string[];
	photoMessages: ReadonlyMap<string, AnswerMessage>;
}

/** Checks the answers against the entry schema and, when nothing is wrong, writes the entry. */
export function check({ fields, story, repository, taken, photoMessages }: Answers): Checked {
	const data = draftOf(fields, today());
	const messages = answerProblems(data, (slug) => taken.includes(slug));
	const slug = entrySlug(data);
	for (const [path, message] of photoMessages) if (!messages.has(path)) messages.set(path, message);
	if (messages.size > 0) return { messages, data, slug };

	const path = entryPath(slug);
	const mdx = entryMdx(data, story);
	const url = newFileUrl(repository, path, mdx);
	const fits = url !== undefined && url.length <= urlLimit;
	return { messages, data, slug, entry: { path, mdx, url, fits, emptyUrl: newFileUrl(repository, path) } };
}
