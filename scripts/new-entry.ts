/**
 * The pure half of `npm run new`: answers in, files out. The prompting (scripts/new.ts) asks the questions;
 * this turns the answers into the entry folder with the project's own writer, schema and messages, so the
 * scaffolder and the submit form write the same entries and refuse the same mistakes.
 */
import { draftOf, answerProblems } from '../src/entry/entry-check.ts';
import type { InputField } from '../src/entry/entry-input.ts';
import { entryMdx, entryPath, entrySlug, photosFolder } from '../src/entry/entry-mdx.ts';

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

/** The folder for a complete set of answers; throws, naming the fields, if the answers are not an entry yet. */
export function entryFiles(answers: Answers, date: string): EntryFiles {
	const data = draftOf(answers.fields, date);
	const problems = answerProblems(data);
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
