import { foldWord } from './fold';

/**
 * Kazakh endings (KAZAKH.md), written in the folded alphabet, where harmony pairs such as -лар/-лер,
 * -қа/-ке, -ның/-нің have already partly merged. The bare dative -а/-е is left out: it eats real stems
 * (бала «child» would become бал «honey»), and it follows a possessive, which is rare in a catalogue.
 */
const kazakh =
	'lar ler dar der tar ter ' + // plural
	'i si im m in n imiz miz iniz niz ' + // possessive
	'nin din tin ' + // genitive
	'ga ge ka ke na ne ' + // dative
	'ni di ti ' + // accusative
	'da de ta te nda nde dagi degi tagi tegi ' + // locative, and the -дағы «which is in» adjective
	'dan den tan ten nan nen ' + // ablative
	'men ben pen menen ' + // instrumental
	'lik dik tik shi'; // -лық «-ness», -шы «the one who makes»

/**
 * A few Russian endings, only those that begin with о (which native Kazakh words have only in their first
 * syllable) or rarely end a Kazakh word: тортом, тортов, тортами, пластиковая, пластиковых.
 */
const russian = ' om ov ev oi ogo ami ah ih aia ie';

const endings = new Set((kazakh + russian).split(' '));

/** Shorter stems would let нан, тау, бал lose real letters. */
const minStem = 3;

/** Removes stacked endings from a folded word, longest first, while at least three letters remain. */
export function stripEndings(folded: string): string {
	let word = folded;
	strip: for (;;) {
		for (let length = Math.min(5, word.length - minStem); length > 0; length--) {
			if (endings.has(word.slice(-length))) {
				word = word.slice(0, -length);
				continue strip;
			}
		}
		return word;
	}
}

/**
 * The search key of one word: folded, stripped of endings, and with doubled letters made single, so
 * «бөтелкелерді», «botelke», «ботелкени» -> «botel». Doubles go after stripping: тортты must lose -ты, not -ы.
 */
export function stemKey(word: string): string {
	return stripEndings(foldWord(word)).replace(/([a-z])\1+/g, '$1');
}
