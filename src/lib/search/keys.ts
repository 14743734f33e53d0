import { stemKey } from './stem.ts';

export { foldWord } from './fold.ts';
export { stemKey } from './stem.ts';

/**
 * A word: letters, marks and digits, with apostrophes kept inside it because older Latin spellings
 * (s'ubat, ta'tti) use them as part of a letter. Hyphens split: «Айтеке-Би» is two words.
 */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`][\p{L}\p{M}\p{N}]+)*/gu;

/** The build folds the same few thousand word forms on every page; remembering them keeps it fast. */
const known = new Map<string, string>();
const maxKnown = 50_000;

/** The words of a text, as typed, in order. */
export function textWords(text: string): string[] {
	return [...text.normalize('NFKC').matchAll(wordPattern)].map(([word]) => word);
}

/** The search keys of every word in a text, in order of first appearance, without repeats. */
export function searchKeys(text: string): string[] {
	const keys = new Set<string>();
	for (const [word] of text.normalize('NFKC').matchAll(wordPattern)) {
		let key = known.get(word);
		if (key === undefined) {
			if (known.size >= maxKnown) known.clear();
			key = stemKey(word);
			known.set(word, key);
		}
		// A word in a script the fold does not know (Chinese, Arabic) leaves no key.
		if (key) keys.add(key);
	}
	return [...keys];
}
