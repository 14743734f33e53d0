import { foldWord } from './fold.ts';
import { textWords } from './keys.ts';

/** A place a query may name: a delivery area or a settlement, with every way its name is written. */
export interface Place {
	kind: 'area' | 'village';
	id: string;
	/** Each name folded word by word: «Жосалы», «Josaly», «Бекарыстан би» -> [['bekaristan', 'bi']]. */
	names: string[][];
}

/** The places of a query, and the words left once the place names and their helpers are gone. */
export interface PlaceQuery {
	places: { kind: Place['kind']; id: string }[];
	rest: string;
}

/** Folds each name of a place for `findPlaces`; names of under four letters are too easily typed by chance. */
export function placeNames(kind: Place['kind'], id: string, names: string[]): Place {
	const folded = names.map((name) => textWords(name).map(foldWord)).filter((words) => words.join('').length >= 4);
	return { kind, id, names: [...new Map(folded.map((words) => [words.join(' '), words])).values()] };
}

/**
 * The endings a place name takes, folded: the Kazakh cases (Аралға, Күмжиекте, Басықарадан, Жосалыдағы) and
 * Russian ones, which replace a last vowel (Кызылорду, Аральска, Казахстану). A fixed list, so «аралас» is not Арал.
 */
const endings = new Set(
	'ga ge ka ke na ne da de ta te nda nde dan den tan ten nan nen nin din tin di ti ni n men ben pen dagi degi tagi tegi nan a e u i o om e y'.split(
		' ',
	),
);

/** Whether a typed word is a place name, or the name with one of its endings (the last vowel may give way). */
function nameWithEnding(word: string, name: string): boolean {
	if (word === name) return true;
	if (word.startsWith(name) && endings.has(word.slice(name.length))) return true;
	const stem = name.slice(0, -1);
	return /[aeiou]$/.test(name) && word.startsWith(stem) && endings.has(word.slice(stem.length));
}

/**
 * Finds the places a query names, longest name first («Қызылорда облысына» is the region, not the city), and
 * drops the words that only say «to» or «delivery» (`helpers`, folded) once a place is found. Among names of
 * the same length the place with the shortest name wins: «Қазалы» is the town, not «Қазалы ауданы».
 */
export function findPlaces(query: string, places: readonly Place[], helpers: ReadonlySet<string>): PlaceQuery {
	const words = textWords(query);
	const folded = words.map(foldWord);
	const found: PlaceQuery['places'] = [];
	const kept: string[] = [];
	for (let at = 0; at < words.length;) {
		let best: { place: Place; length: number; size: number } | undefined;
		for (const place of places) {
			const size = Math.min(...place.names.map((name) => name.length));
			for (const name of place.names) {
				const matches = name.every((part, i) =>
					i === name.length - 1 ? nameWithEnding(folded[at + i] ?? '', part) : folded[at + i] === part,
				);
				if (matches && (!best || name.length > best.length || (name.length === best.length && size < best.size)))
					best = { place, length: name.length, size };
			}
		}
		if (best) {
			if (!found.some(({ id }) => id === best.place.id)) found.push({ kind: best.place.kind, id: best.place.id });
			at += best.length;
		} else kept.push(words[at++]!);
	}
	const rest = found.length ? kept.filter((word) => !helpers.has(foldWord(word))) : kept;
	return { places: found, rest: rest.join(' ') };
}
