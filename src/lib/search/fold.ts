import { toAscii } from '../transliterate.ts';

/**
 * Look-alike letters, Latin then Cyrillic. Text pasted from elsewhere mixes them inside one word
 * («Hан» with a Latin H), and they read differently (H is h, Н is n), so they must be settled first.
 */
const pairs = 'aаcсeеoоpрxхyуiіəәAАBВCСEЕHНKКMМOОPРTТXХYУIІƏӘ';
const toCyrillic = new Map<string, string>();
const toLatinShape = new Map<string, string>();
for (let i = 0; i < pairs.length; i += 2) {
	toCyrillic.set(pairs[i]!, pairs[i + 1]!);
	toLatinShape.set(pairs[i + 1]!, pairs[i]!);
}

/** Rewrites look-alikes in a word that mixes Latin and Cyrillic into the script most of its letters use. */
function unmix(word: string): string {
	const cyrillic = word.match(/[\u0400-\u04ff]/g)?.length ?? 0;
	const latin = word.match(/[a-z\u00c0-\u024f\u0259]/gi)?.length ?? 0;
	if (!cyrillic || !latin) return word;
	const shapes = cyrillic >= latin ? toCyrillic : toLatinShape;
	return word.replace(/./g, (char) => shapes.get(char) ?? char);
}

/**
 * Spellings that differ only by how a sound was typed collapse to one: q k (қ), y i (ы і и й), w u (the
 * Wikipedia scheme's у), zh j (ж), gh g (ғ), kh h (х), ng n (ң), and German-style ae oe ue for ә ө ү.
 * ng -> n also turns Russian нг into н (ангар -> anar); both sides fold alike, so it costs little.
 */
const coarse: Record<string, string> = { q: 'k', w: 'u', zh: 'j', gh: 'g', kh: 'h', ng: 'n', ae: 'a', oe: 'o', ue: 'u' };

/** One word in ASCII before its y becomes i: in a Cyrillic word y can only be ы. */
function ascii(word: string): string {
	// Russian writers mostly drop the dots of ё (ковер for ковёр), so it reads as е, not as the alphabet's io.
	return (
		toAscii(unmix(word.normalize('NFKC')).replace(/[ёЁ]/g, 'е'))
			// The 2017 Latin alphabet wrote ш ч as s' c'; its other apostrophes only mark a vowel and go below.
			.replace(/([sc])['’ʼ`]/g, '$1h')
			.replace(/zh|gh|kh|ng|[aou]e|[qw]/g, (letters) => coarse[letters]!)
			.replace(/[^a-z0-9]/g, '')
	);
}

/**
 * The coarse ASCII skeleton of one word, the same for every way people type it:
 * «бөтелке», «ботелке», «bötelke», «boetelke» -> «botelke».
 */
export function foldWord(word: string): string {
	return ascii(word).replace(/y/g, 'i');
}

/**
 * A word folded with ы kept apart from і and и, where its script tells them apart: кумыс is «kumys», күміс
 * «silver» «kumis». Cyrillic does, and so does the 2021 Latin alphabet (y is ы, ı and i are і and и), known by
 * a letter only it has: «Kümis». Undefined for other Latin spellings, whose y and i may be either.
 * It is the same length as foldWord's skeleton, letter for letter.
 */
export function exactFold(word: string): string | undefined {
	const unmixed = unmix(word.normalize('NFKC'));
	const cyrillic = /[\u0400-\u04ff]/.test(unmixed) && !/[a-z]/i.test(unmixed);
	return cyrillic || /[äöüğıñşū]/i.test(unmixed) ? ascii(word) : undefined;
}
