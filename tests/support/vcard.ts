/**
 * A strict reader of vCard 3.0 (RFC 2426 over RFC 2425) for the tests: it refuses what a contacts app might
 * choke on (bare LF, lines over 75 octets, a missing BEGIN, VERSION, N or FN) and unescapes the values.
 */
export interface Property {
	name: string;
	params: Record<string, string[]>;
	value: string;
}

export function parseVcard(text: string): Property[] {
	if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('every line must end in CRLF');
	if (!text.endsWith('\r\n')) throw new Error('the last line must end in CRLF');
	const physical = text.slice(0, -2).split('\r\n');
	const long = physical.find((line) => new TextEncoder().encode(line).length > 75);
	if (long) throw new Error(`a line is longer than 75 octets: ${long}`);
	const lines = physical.reduce<string[]>(
		(all, line) => (/^[ \t]/.test(line) ? [...all.slice(0, -1), all.at(-1)! + line.slice(1)] : [...all, line]),
		[],
	);
	const properties = lines.map((line) => {
		const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
		if (!match) throw new Error(`not a content line: ${line}`);
		const params = Object.fromEntries(
			[...match[2]!.matchAll(/;([A-Za-z0-9-]+)=([^;:]*)/g)].map(([, key, value]) => [key!.toUpperCase(), value!.split(',')]),
		);
		return { name: match[1]!.toUpperCase(), params, value: match[3]! };
	});
	const names = properties.map(({ name }) => name);
	if (names[0] !== 'BEGIN' || properties[0]!.value !== 'VCARD' || names.at(-1) !== 'END')
		throw new Error('a vCard starts with BEGIN:VCARD and ends with END:VCARD');
	if (properties[1]?.name !== 'VERSION' || properties[1].value !== '3.0') throw new Error('VERSION:3.0 must follow BEGIN');
	for (const required of ['N', 'FN']) if (!names.includes(required)) throw new Error(`${required} is required in vCard 3.0`);
	return properties;
}

/** A text value with its escapes undone: \\n, \\, \\; \\\\. */
export function unescape(value: string): string {
	return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}
