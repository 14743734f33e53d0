/**
 * Typo tolerance for search keys: the edit distance buyers' phones produce (a wrong, missing, extra or
 * swapped letter) and the nearest known keys within the distance a word of that length allows.
 */

/**
 * Damerau-Levenshtein distance (optimal string alignment): one edit is a letter replaced, removed, added
 * or two neighbours swapped. Stops early once the distance must exceed `limit`, since only 1 or 2 matter.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		[before, previous] = [previous, current];
	}
	return previous[b.length]!;
}

/** How many edits a typed word may be from a known one: none under 5 letters, one from 5, two from 9. */
export function allowedEdits(word: string): number {
	const letters = [...word].length;
	return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
}

/**
 * The known keys nearest to `key`, within `edits`, closest first; among equals a key with the same first
 * letter (a thumb seldom misses the first), then the vocabulary's order, so a vocabulary listed most-used
 * first suggests the word most pages have.
 */
export function nearestKeys(key: string, vocabulary: readonly string[], edits: number): string[] {
	if (edits === 0) return [];
	const found: { key: string; distance: number; rank: number }[] = [];
	const start = (known: string) => (known[0] === key[0] ? 0 : 1);
	vocabulary.forEach((known, rank) => {
		if (known === key) return;
		const distance = editDistance(key, known, edits);
		if (distance <= edits) found.push({ key: known, distance, rank });
	});
	return found.sort((a, b) => a.distance - b.distance || start(a.key) - start(b.key) || a.rank - b.rank).map((entry) => entry.key);
}

/** Every spelling one edit from a folded word: a letter replaced, removed, added, or two neighbours swapped. */
export function oneEditAway(word: string): string[] {
	const letters = 'abcdefghijklmnopqrstuvxz';
	const out = new Set<string>();
	for (let at = 0; at <= word.length; at++) {
		const [head, tail] = [word.slice(0, at), word.slice(at)];
		for (const letter of letters) {
			out.add(head + letter + tail);
			if (tail) out.add(head + letter + tail.slice(1));
		}
		if (tail) out.add(head + tail.slice(1));
		if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
	}
	out.delete(word);
	return [...out];
}
