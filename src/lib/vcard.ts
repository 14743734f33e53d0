/** A contact card in vCard 3.0 (RFC 2426), the version the contacts apps of Android and iOS both open. */
export interface Contact {
	/** The name the contact is saved under. */
	name: string;
	organisation?: string | undefined;
	note?: string | undefined;
	phones: { number: string; types: string[] }[];
	urls: { url: string; type?: string | undefined }[];
	address?: { street: string; locality: string; region: string; country: string } | undefined;
}

/** Escapes a text value: backslash, comma, semicolon and line breaks have meanings in a vCard line. */
export function escapeValue(text: string): string {
	return text.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a line to at most 75 octets, continuing on the next line after a space (RFC 2425 §5.8.1). It counts
 * UTF-8 bytes, not characters, and never cuts inside a character: Kazakh letters take two bytes each.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		// A continuation line starts with a space, which counts against its 75.
		if (size + bytes > 75) {
			parts.push(current);
			current = ' ';
			size = 1;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n');
}

/** The vCard text: CRLF line ends, escaped values, folded lines. */
export function toVcard(contact: Contact): string {
	const name = escapeValue(contact.name);
	const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:;${name};;;`, `FN:${name}`];
	if (contact.organisation) lines.push(`ORG:${escapeValue(contact.organisation)}`);
	for (const { number, types } of contact.phones) lines.push(`TEL;TYPE=${types.join(',')}:${number}`);
	for (const { url, type } of contact.urls) lines.push(`URL${type ? `;TYPE=${type}` : ''}:${url}`);
	if (contact.address) {
		const { street, locality, region, country } = contact.address;
		lines.push(`ADR;TYPE=WORK:;;${[street, locality, region, '', country].map(escapeValue).join(';')}`);
	}
	if (contact.note) lines.push(`NOTE:${escapeValue(contact.note)}`);
	lines.push('END:VCARD');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
