/**
 * Kazakh Cyrillic to the 2021 Latin alphabet, letter by letter.
 * Loanword letters follow the usual readings: ц ts, ч ch, щ şş, ё io, ю iu, я ia; ъ and ь vanish.
 */
const latin: Record<string, string> = {
	а: 'a',
	ә: 'ä',
	б: 'b',
	в: 'v',
	г: 'g',
	ғ: 'ğ',
	д: 'd',
	е: 'e',
	ё: 'io',
	ж: 'j',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	қ: 'q',
	л: 'l',
	м: 'm',
	н: 'n',
	ң: 'ñ',
	о: 'o',
	ө: 'ö',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ұ: 'ū',
	ү: 'ü',
	ф: 'f',
	х: 'h',
	һ: 'h',
	ц: 'ts',
	ч: 'ch',
	ш: 'ş',
	щ: 'şş',
	ъ: '',
	ы: 'y',
	і: 'ı',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
};

/** Writes Kazakh Cyrillic text in the 2021 Latin alphabet: «Әйтеке би» -> «Äiteke bi». */
export function toLatin(text: string): string {
	let out = '';
	for (const char of text) {
		const lower = char.toLowerCase();
		const mapped = latin[lower];
		if (mapped === undefined) {
			out += char;
		} else if (lower !== char && mapped) {
			// Capitals: і becomes I (the dotted/dotless pair is Turkic), the rest take an upper first letter.
			out += lower === 'і' ? 'I' : mapped[0]!.toUpperCase() + mapped.slice(1);
		} else {
			out += mapped;
		}
	}
	return out;
}

/**
 * Marks of the 2021 alphabet dropped for plain ASCII; ş becomes sh so it stays readable.
 * ə (schwa, pasted for ә) and ŋ (older Latin schemes' ң) have no decomposition to strip, so they are listed.
 */
const ascii: Record<string, string> = { ä: 'a', ğ: 'g', ñ: 'n', ö: 'o', ū: 'u', ü: 'u', ş: 'sh', ı: 'i', ç: 'ch', ə: 'a', ŋ: 'n' };

/** Writes Kazakh (Cyrillic or 2021 Latin) in plain lower-case ASCII letters: «Қазалы» -> «qazaly». */
export function toAscii(text: string): string {
	let out = '';
	for (const char of toLatin(text.toLowerCase())) out += ascii[char] ?? char;
	// Other Latin letters with marks (é, ñ from elsewhere) lose them.
	return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
