import { exactFold, foldWord } from './fold.ts';

const vowel = 'aeiou';
const voiced = 'lmnrzjv';
// b d g end only loanwords, and Kazakh devoices them there (клуб -> клубтар), so they count as voiceless.
const voiceless = 'bcdfghkpstx';

/**
 * Kazakh endings (KAZAKH.md) in the folded alphabet, each listed after the last sounds of a stem it can
 * follow: -лар after a vowel or р, -дар after л м н з ж, -тар after a voiceless consonant, -на -нда
 * only after the possessive -ы/-і. Checking the sound keeps loanwords whole (кондитер is not кон+дитер),
 * and since it looks only at the word as it stands, every form of a word still ends at the same stem.
 * The bare dative -а/-е is left out: it would turn бала «child» into бал «honey».
 */
const after: Record<string, string> = {
	[vowel + 'r']: 'lar ler lik',
	lmnzj: 'dar der dik',
	[voiceless]: 'tar ter tik tin ti ta te tan ten tagi tegi ka ke pen',
	[vowel + voiced]: 'din di da de dagi degi ga ge dan den men menen ben',
	// -ны and -сы after a vowel read the same as -ы after н or с (қазаны is қазан + ы, өндірісі is
	// өндіріс + ы), so a final н or с after a vowel goes too and both readings meet at one stem.
	// That н is also the accusative -н and the possessive -ң.
	[vowel]: 'ni si m miz niz n s',
	[vowel + 'mn']: 'nin nan nen',
	i: 'na ne nda nde',
	// The possessive -ы/-і, and a few Russian endings (тортом, тортов, пластиковая, пластиковых).
	[voiced + voiceless + 'iu']: 'i im in imiz iniz om ov ev oi ogo ami ah ih aia ie',
	[vowel + voiced + voiceless]: 'shi',
	// Russian -ка nouns (бутылка, бутылку, бутылке): a Kazakh к or қ takes -қа/-ке, never a bare vowel.
	// After a voiceless consonant -қа/-ке above already took the к (лепёшка, коробка), so a bare к goes
	// there too (лепёшки, коробки, Казалинск); no Kazakh word ends in such a pair.
	k: 'a e u',
	[voiceless.replace('k', '')]: 'k',
};

/** Each ending with the letters that may stand before it. */
const endings = new Map<string, string>();
for (const [before, list] of Object.entries(after)) for (const ending of list.split(' ')) endings.set(ending, before);

/**
 * Endings that must leave four letters though longer than one: the Russian ones (Russian stems are long:
 * торт, бутыл; «Kazakh» is not қазы + -ах) and the possessives of «my» and «your», which are rare in a search
 * and would cut тығын «cork» to тік «sew».
 */
const needFour = new Set('om ov ev oi ogo ami ah ih aia ie im in imiz iniz'.split(' '));

/**
 * Shorter stems would let нан, тау, бал lose real letters. A lone н с к м or vowel is more often part of
 * the stem than an ending, so it must leave four (адам, жеке, аққу stay whole), and so must those above; the
 * possessive -ы/-і is the exception, as it follows short stems all the time (наны, сүті, тауы), but only as the
 * word's last letter: after another ending it would cut тығын «cork» (тығы + н) to тік «sew».
 */
function leavesStem(stem: string, ending: string, last: boolean): boolean {
	const short = (ending.length > 1 && !needFour.has(ending)) || (ending === 'i' && last);
	return stem.length >= (short ? 3 : 4);
}

/** Removes stacked endings from a folded word, longest first, while a stem of three or four letters remains. */
function stripEndings(folded: string): string {
	let word = folded;
	strip: for (;;) {
		for (let length = Math.min(5, word.length - 3); length > 0; length--) {
			const ending = word.slice(-length);
			const stem = word.slice(0, -length);
			if (endings.get(ending)?.includes(stem.at(-1)!) && leavesStem(stem, ending, word === folded)) {
				word = stem;
				continue strip;
			}
		}
		return word;
	}
}

/** The last steps of a key, once its endings are gone. */
function tidy(stem: string): string {
	return (
		stem
			// A Kazakh word never ends in г ғ б: балығы is балық + ы, кітабы is кітап + ы.
			.replace(/g$/, 'k')
			.replace(/b$/, 'p')
			// Doubles go after stripping, so that тортты loses -ты and not only -ы; then tati meets тәтті.
			.replace(/([a-z])\1+/g, '$1')
	);
}

/**
 * The search key of one word: folded and stripped of endings, so «бөтелкелерді», «botelke» and
 * «ботелкени» all give «botelk».
 */
export function stemKey(word: string): string {
	return stemForms(word).key;
}

/**
 * A word's key and, where its script tells ы from і, its exact form: the same stem with ы kept (exactFold),
 * which tells кумыс «kumys» from күміс «kumis» where the key cannot.
 */
export function stemForms(word: string): { key: string; exact?: string } {
	const folded = foldWord(word);
	const stem = stripEndings(folded);
	const fine = exactFold(word);
	return { key: tidy(stem), ...(fine !== undefined && { exact: tidy(fine.slice(0, stem.length)) }) };
}
