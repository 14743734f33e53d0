import { stemForms } from './stem.ts';

export { foldWord } from './fold.ts';
export { stemForms, stemKey } from './stem.ts';

/**
 * A word: letters, marks and digits, with apostrophes kept inside it because older Latin spellings
 * (s'ubat, ta'tti) use them as part of a letter. Hyphens split: «Айтеке-Би» is two words.
 */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}\p{N}]+)*/gu;

/** The key of a word and its exact form (stemForms). */
export type WordForms = ReturnType<typeof stemForms>;

/** The build folds the same few thousand word forms on every page; remembering them keeps it fast. */
const known = new Map<string, WordForms>();
const maxKnown = 50_000;

/** The words of a text, as typed, in order. */
export function textWords(text: string): string[] {
	return [...text.normalize('NFKC').matchAll(wordPattern)].map(([word]) => word);
}

/** The key and exact form of every word in a text, in order of first appearance, without repeats. */
export function textForms(text: string): WordForms[] {
	const forms = new Map<string, WordForms>();
	for (const [word] of text.normalize('NFKC').matchAll(wordPattern)) {
		let found = known.get(word);
		if (found === undefined) {
			if (known.size >= maxKnown) known.clear();
			found = stemForms(word);
			known.set(word, found);
		}
		// A word in a script the fold does not know (Chinese, Arabic) leaves no key.
		if (found.key) forms.set(`${found.key} ${found.exact ?? ''}`, found);
	}
	return [...forms.values()];
}

/** The search keys of every word in a text, in order of first appearance, without repeats. */
export function searchKeys(text: string): string[] {
	return [...new Set(textForms(text).map(({ key }) => key))];
}
