import { draftSchema } from './draft.ts';
import { type InputField, entryFromInput } from './entry-input.ts';
import { type EntryData, entrySlug } from './entry-mdx.ts';
import { type AnswerMessage, messageFor } from './entry-messages.ts';

/**
 * Answers to entry data and its problems, the same for the submit form and `npm run new`: both write
 * the same entries and refuse the same mistakes, with the build's own schema.
 */

/** The entry data the answers make, dated `date` (YYYY-MM-DD) as listed and last checked. */
export function draftOf(fields: readonly InputField[], date: string): EntryData {
	return entryFromInput(
		[...fields, { path: 'listed', kind: 'text', value: date }, { path: 'lastChecked', kind: 'text', value: date }],
		Object.keys(draftSchema.shape),
	);
}

/** What is wrong with the entry data, by entry path, in the words the submit form uses. */
export function answerProblems(data: EntryData, taken: (slug: string) => boolean = () => false): Map<string, AnswerMessage> {
	const problems = new Map<string, AnswerMessage>();
	const result = draftSchema.safeParse(data);
	for (const issue of result.success ? [] : result.error.issues) {
		const path = issue.path.join('.');
		if (!problems.has(path)) problems.set(path, messageFor(issue, data));
	}
	const slug = entrySlug(data);
	if (!problems.has('name.kk') && !problems.has('name')) {
		if (!slug) problems.set('name.kk', { key: 'submit.error.slug' });
		else if (taken(slug)) problems.set('name.kk', { key: 'submit.error.taken' });
	}
	return problems;
}
