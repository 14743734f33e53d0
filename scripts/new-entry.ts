/**
 * The pure half of `npm run new`: answers in, files out. The prompting (scripts/new.ts) asks the questions;
 * this turns the answers into the entry folder with the project's own writer, schema and messages, so the
 * scaffolder and the submit form write the same entries and refuse the same mistakes.
 */
import { type InputField, entryFromInput } from '../src/lib/entry-input.ts';
import { type EntryData, entryMdx, entryPath, entrySlug, photosFolder } from '../src/lib/entry-mdx.ts';
import { type Message, messageFor } from '../src/lib/entry-messages.ts';
import { draftSchema } from '../src/schemas/draft.ts';

/** What the volunteer answered: the fields by entry path, the story, and photo files to copy in. */
export interface Answers {
	fields: InputField[];
	story: string;
	/** Files on this computer to copy into the entry's photos/ folder, under the name the entry uses. */
	photos: { from: string; name: string }[];
}

/** The entry folder to write, relative to the project root. */
export interface EntryFiles {
	slug: string;
	files: { path: string; text: string }[];
	folders: string[];
	copies: { from: string; to: string }[];
}

/** The entry data the answers make, dated `date` (YYYY-MM-DD) as listed and last checked. */
export function draftOf(fields: readonly InputField[], date: string): EntryData {
	return entryFromInput([...fields, { path: 'listed', kind: 'text', value: date }, { path: 'lastChecked', kind: 'text', value: date }], Object.keys(draftSchema.shape));
}

/** What is wrong with the entry data, by entry path, in the words the submit form uses. */
export function problemsOf(data: EntryData, taken: (slug: string) => boolean = () => false): Map<string, Message> {
	const problems = new Map<string, Message>();
	const result = draftSchema.safeParse(data);
	for (const issue of result.success ? [] : result.error.issues) {
		const path = issue.path.join('.');
		if (!problems.has(path)) problems.set(path, messageFor(issue, data));
	}
	const slug = entrySlug(data);
	if (typeof data['name'] === 'object' && !problems.has('name.kk')) {
		if (!slug) problems.set('name.kk', { key: 'submit.error.slug' });
		else if (taken(slug)) problems.set('name.kk', { key: 'submit.error.taken' });
	}
	return problems;
}

/** The folder for a complete set of answers; throws, naming the fields, if the answers are not an entry yet. */
export function entryFiles(answers: Answers, date: string): EntryFiles {
	const data = draftOf(answers.fields, date);
	const problems = problemsOf(data);
	if (problems.size > 0) throw new Error(`The answers are not a valid entry yet: ${[...problems.keys()].join(', ')}`);
	const slug = entrySlug(data);
	const photos = photosFolder(slug);
	return {
		slug,
		files: [{ path: entryPath(slug), text: entryMdx(data, answers.story) }],
		folders: [photos],
		copies: answers.photos.map(({ from, name }) => ({ from, to: `${photos}${name}` })),
	};
}
