import { foldWord } from './fold.ts';
import { allowedEdits, nearestKeys, oneEditAway } from './nearest.ts';
import { stemKey } from './stem.ts';

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
	// A much shorter key inside a long word is chance (novokazalinsk is not «no», бөтеке not ботқа «porridge»):
	// at most two letters may go, and four must stay.
	for (let cut = 1; cut <= 2 && key.length - cut >= 4; cut++) {
		const shorter = key.slice(0, -cut);
		if (known.has(shorter)) return { word, key, match: 'stem', sent: shorter };
	}
	const edits = allowedEdits(word);
	const nearest = nearestKeys(key, vocabulary.keys, edits)[0] ?? (edits > 0 ? inflectedTypo(word, vocabulary) : undefined);
	return nearest ? { word, key, match: 'corrected', sent: nearest } : { word, key, match: 'none' };
}

/**
 * The key of a typo in an ending: «бөтелкелерлі» is far from the key botelk, but one letter from
 * «бөтелкелерді», whose key it is. The most-used known key among the word's one-edit spellings.
 */
function inflectedTypo(word: string, vocabulary: Vocabulary): string | undefined {
	const rank = new Map(vocabulary.keys.map((key, at) => [key, at]));
	const keys = oneEditAway(foldWord(word))
		.map(stemKey)
		.filter((key) => rank.has(key));
	return keys.sort((a, b) => rank.get(a)! - rank.get(b)!)[0];
}

/** The word to show for a key: as the catalogue writes it, never the folded key. */
export function shownWord(key: string, vocabulary: Vocabulary): string | undefined {
	const at = vocabulary.keys.indexOf(key);
	return at >= 0 ? vocabulary.words[at] : undefined;
}
