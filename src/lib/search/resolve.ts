import { allowedEdits, nearestKeys } from './nearest.ts';

/** The keys the index holds, most-used first, with a word as written for each (what a buyer is shown). */
export interface Vocabulary {
	keys: readonly string[];
	words: readonly string[];
}

/**
 * What a query word is searched by. `exact`: the index has its key. `prefix`: its key begins longer keys.
 * `stem`: the index has its key less an ending of one or two letters the stripper does not know
 * (тандырная -> tandir). `corrected`: a known key one or two edits away (a typo). `none`: nothing near.
 */
export type Resolved =
	| { word: string; key: string; match: 'exact' | 'prefix' | 'stem' | 'corrected'; sent: string }
	| { word: string; key: string; match: 'none' };

/** Resolves the key of one typed word against the vocabulary, in the order of trust the type lists. */
export function resolveKey(word: string, key: string, vocabulary: Vocabulary, known = new Set(vocabulary.keys)): Resolved {
	if (known.has(key)) return { word, key, match: 'exact', sent: key };
	if (vocabulary.keys.some((other) => other.startsWith(key))) return { word, key, match: 'prefix', sent: key };
	// A much shorter key inside a long word is chance (novokazalinsk is not «no»): at most two letters may go.
	for (let cut = 1; cut <= 2 && key.length - cut >= 3; cut++) {
		const shorter = key.slice(0, -cut);
		if (known.has(shorter)) return { word, key, match: 'stem', sent: shorter };
	}
	const [nearest] = nearestKeys(key, vocabulary.keys, allowedEdits(word));
	return nearest ? { word, key, match: 'corrected', sent: nearest } : { word, key, match: 'none' };
}

/** The word to show for a key: as the catalogue writes it, never the folded key. */
export function shownWord(key: string, vocabulary: Vocabulary): string | undefined {
	const at = vocabulary.keys.indexOf(key);
	return at >= 0 ? vocabulary.words[at] : undefined;
}
