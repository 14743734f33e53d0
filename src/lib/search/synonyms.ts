import { searchKeys } from './keys.ts';

/** For each search key, the keys of every word buyers use for the same thing. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Indexes groups of equivalent words by their keys. A multi-word phrase («киіз үй») counts as one
 * member: its keys join the group, and the phrase is reached by any of its words.
 */
export function synonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
	const index = new Map<string, Set<string>>();
	for (const group of groups) {
		const keys = new Set(group.flatMap((word) => searchKeys(word)));
		for (const word of group) {
			const wordKeys = searchKeys(word);
			// Only a one-word member stands for the group: «молоко» in «верблюжье молоко» must not pull in шұбат.
			if (wordKeys.length !== 1) continue;
			const members = index.get(wordKeys[0]!) ?? new Set<string>();
			for (const key of keys) members.add(key);
			index.set(wordKeys[0]!, members);
		}
	}
	return new Map([...index].map(([key, members]) => [key, [...members]]));
}

/** The keys of a text with every synonym added: what the page should be found by. */
export function expandedKeys(text: string, synonyms: SynonymIndex): string[] {
	const keys = new Set<string>();
	for (const key of searchKeys(text)) {
		keys.add(key);
		for (const synonym of synonyms.get(key) ?? []) keys.add(synonym);
	}
	return [...keys];
}
