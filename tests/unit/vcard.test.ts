import { describe, expect, it } from 'vitest';
import { escapeValue, foldLine, toVcard } from '../../src/lib/vcard.ts';
import { parseVcard, unescape } from '../support/vcard.ts';

describe('escapeValue', () => {
	it.each([
		['Наубайхана, кондитерлік', 'Наубайхана\\, кондитерлік'],
		['ул. Абая; 7', 'ул. Абая\\; 7'],
		['C:\\path', 'C:\\\\path'],
		['бір\nекі', 'бір\\nекі'],
	])('escapeValue(%j) = %j', (text, escaped) => expect(escapeValue(text)).toBe(escaped));
});

describe('foldLine', () => {
	const bytes = (line: string) => new TextEncoder().encode(line).length;

	it('leaves a line of 75 octets whole', () => expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75)));

	it('folds Kazakh text at 75 octets without cutting a letter, and unfolds to the same text', () => {
		const line = `NOTE:${'Әйтеке би кенті, Қазалы ауданы. '.repeat(6)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		folded.forEach((part) => expect(bytes(part)).toBeLessThanOrEqual(75));
		folded.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
		expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
	});
});

describe('toVcard', () => {
	const card = toVcard({
		name: '«Дәмді» наубайханасы',
		organisation: '«Дәмді» наубайханасы',
		note: 'Вкусная пекарня; Айгүл',
		phones: [{ number: '+77000000003', types: ['CELL', 'PREF'] }],
		urls: [{ url: 'https://kazaly-showcase.example.kz/producers/damdi-naubaihanasy/' }],
		address: { street: 'Абай көшесі, 12', locality: 'Әйтеке би', region: 'Қызылорда облысы', country: 'KZ' },
	});

	it('parses as vCard 3.0 with CRLF lines of at most 75 octets', () => expect(() => parseVcard(card)).not.toThrow());

	it('keeps the name in Kazakh letters and the values as written', () => {
		const properties = parseVcard(card);
		const value = (name: string) => unescape(properties.find((property) => property.name === name)!.value);
		expect(value('FN')).toBe('«Дәмді» наубайханасы');
		expect(value('NOTE')).toBe('Вкусная пекарня; Айгүл');
		expect(
			properties
				.find((property) => property.name === 'ADR')!
				.value.split(/(?<!\\);/)
				.map(unescape),
		).toEqual(['', '', 'Абай көшесі, 12', 'Әйтеке би', 'Қызылорда облысы', '', 'KZ']);
		expect(properties.find((property) => property.name === 'TEL')).toEqual({
			name: 'TEL',
			params: { TYPE: ['CELL', 'PREF'] },
			value: '+77000000003',
		});
	});
});
