/** An invisible character found in a text: where it is, its code point and what it is called. */
export interface Invisible {
	/** The index in the text, in UTF-16 units. */
	index: number;
	/** The code point as written in the Unicode charts: U+202E. */
	code: string;
	name: string;
}

/**
 * Characters a reader cannot see: controls, format characters (direction marks, overrides and isolates, zero-width
 * spaces and joiners, the byte-order mark), line and paragraph separators, and the blank letters (Hangul fillers,
 * the blank Braille cell, variation selectors beyond the emoji ones) that make a name look empty or hide data.
 */
// eslint-disable-next-line no-misleading-character-class -- the Hangul fillers are listed alone on purpose: they are what is looked for.
const candidates = /[\p{Cc}\p{Cf}\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800\u{E0100}-\u{E01EF}]/gu;

const names: Record<string, string> = {
	'\u200B': 'zero width space',
	'\u200C': 'zero width non-joiner',
	'\u200D': 'zero width joiner',
	'\u200E': 'left-to-right mark',
	'\u200F': 'right-to-left mark',
	'\u202A': 'left-to-right embedding',
	'\u202B': 'right-to-left embedding',
	'\u202C': 'pop directional formatting',
	'\u202D': 'left-to-right override',
	'\u202E': 'right-to-left override',
	'\u2066': 'left-to-right isolate',
	'\u2067': 'right-to-left isolate',
	'\u2068': 'first strong isolate',
	'\u2069': 'pop directional isolate',
	'\u061C': 'Arabic letter mark',
	'\u2060': 'word joiner',
	'\uFEFF': 'byte-order mark',
};

/** An emoji, with the skin-tone modifier or presentation selector that may follow it. */
// eslint-disable-next-line no-misleading-character-class -- each modifier or selector may follow the emoji alone.
const emojiBefore = /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u;
const emojiAfter = /^\p{Extended_Pictographic}/u;

/**
 * The invisible characters of a text, in order. Tabs and line breaks are fine, so is the soft hyphen (a hint where
 * a long word may break), and a zero width joiner between two emoji, which is how 👩‍🍳 is written.
 */
function* invisibleCharacters(text: string): Generator<Invisible> {
	for (const match of text.matchAll(candidates)) {
		const char = match[0];
		const index = match.index;
		if (char === '\t' || char === '\n' || char === '\r' || char === '\u00AD') continue;
		if (
			char === '\u200D' &&
			emojiBefore.test(text.slice(Math.max(0, index - 4), index)) &&
			emojiAfter.test(text.slice(index + 1, index + 3))
		)
			continue;
		const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		yield { index, code, name: names[char] ?? (/\p{Cc}/u.test(char) ? 'control character' : 'invisible character') };
	}
}

/** The first invisible character of a text, or undefined. */
export function invisibleCharacter(text: string): Invisible | undefined {
	for (const found of invisibleCharacters(text)) return found;
	return undefined;
}

/**
 * The text without its invisible characters. Apps wrap a copied phone number or name in direction marks; the submit
 * form and `npm run new` drop them from what is pasted, where a file written by hand is refused (text-invisible).
 */
export function withoutInvisible(text: string): string {
	let kept = '';
	let from = 0;
	for (const { index } of invisibleCharacters(text)) {
		kept += text.slice(from, index);
		from = index + String.fromCodePoint(text.codePointAt(index)!).length;
	}
	return kept + text.slice(from);
}
