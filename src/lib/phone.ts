/** A Kazakh phone number reduced to its ten national digits, e.g. "7001234567". */
export type NationalNumber = string;

/**
 * Reads a phone number the way people write it in Kazakhstan (+7 700 123 45 67, 8 (700) 123-45-67,
 * 87001234567) and returns its ten national digits, or undefined when it is not a Kazakh number.
 */
export function parsePhone(input: string): NationalNumber | undefined {
	if (!/^[\d\s()+\-.]+$/.test(input.trim())) return undefined;
	const digits = input.replace(/\D/g, '');
	const national =
		digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))
			? digits.slice(1)
			: digits.length === 10
				? digits
				: undefined;
	// Every Kazakh number, mobile (70x, 747, 75x, 77x) or landline (71x, 72x), starts with 7.
	return national?.startsWith('7') ? national : undefined;
}

/** Tells whether a national number is a mobile one (landlines start 71 or 72). */
function isMobile(national: NationalNumber): boolean {
	return !/^7[12]/.test(national);
}

/** Shows a number in the local habit: +7 700 123 45 67, or +7 72438 21015 for a landline. */
export function formatPhone(national: NationalNumber): string {
	if (!isMobile(national)) return `+7 ${national.slice(0, 5)} ${national.slice(5)}`;
	return `+7 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6, 8)} ${national.slice(8)}`;
}

/** A number in international (E.164) form: +77001234567. */
export function internationalPhone(national: NationalNumber): string {
	return `+7${national}`;
}

/** The tel: link for a number, in international form. */
export function telHref(national: NationalNumber): string {
	return `tel:${internationalPhone(national)}`;
}

/** A WhatsApp chat link with a prefilled message; wa.me takes digits only. */
export function whatsappHref(national: NationalNumber, message: string): string {
	return `https://wa.me/7${national}?text=${queryValue(message)}`;
}

/** Signs that mean something in a URL or a query, or that URL checkers refuse bare: these are always encoded. */
const reserved = new Set('"#%&+<=>[\\]^`{|}');

/**
 * Percent-encodes a query value as little as a URL allows: letters, digits and signs (Kazakh letters, «», ₸, the
 * slashes of an address) stay as they are, and the browser encodes them as it follows the link. A Cyrillic letter
 * then costs the page 2 bytes instead of 6, and a profile of order links stays within its budget. Spaces, line
 * breaks, invisible marks (the isolates around a name, the spaces inside a price) and reserved signs are encoded.
 */
function queryValue(text: string): string {
	return [...text]
		.map((char) => (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(char) && !reserved.has(char) ? char : encodeURIComponent(char)))
		.join('');
}
