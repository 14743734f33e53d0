import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, latestToday } from '../../src/lib/dates';
import { formatNumber, formatRate, formatTenge } from '../../src/lib/money';
import { formatPhone, parsePhone, telHref, whatsappHref } from '../../src/lib/phone';
import { unitCode, vocabularies } from '../../src/schemas/vocabulary';

/** Intl separates thousands with no-break spaces; tests read easier with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatTenge', () => {
	it.each([
		[6_900_000, 'kk', '6 900 000 ₸'],
		[6_900_000, 'ru', '6 900 000 ₸'],
		[6_900_000, 'en', '₸6,900,000'],
		[45, 'kk', '45 ₸'],
	] as const)('%d in %s is %s', (amount, locale, text) => expect(plain(formatTenge(amount, locale))).toBe(text));

	it('never prints tiyn', () => expect(formatTenge(1200, 'kk')).not.toMatch(/,00/));
});

describe('formatRate and formatNumber', () => {
	it('prints 2.5 % in the Kazakh habit', () => expect(plain(formatRate(2.5, 'kk'))).toBe('2,5%'));
	it('groups thousands', () => expect(plain(formatNumber(1200, 'ru'))).toBe('1 200'));
});

describe('formatDate', () => {
	it('names the month in Kazakh', () => expect(formatDate(new Date('2026-11-27'), 'kk')).toContain('қараша'));
	it('names the month in Russian', () => expect(formatDate(new Date('2026-11-27'), 'ru')).toContain('ноября'));
});

describe('formatMonth', () => {
	it.each([
		['2025-10', 'kk', '2025 ж. қазан'],
		['2025-10', 'ru', 'октябрь 2025 г.'],
		['2026-01', 'en', 'January 2026'],
	] as const)('%s in %s is %s', (month, locale, text) => expect(plain(formatMonth(month, locale))).toBe(text));
});

describe('latestToday', () => {
	it.each([
		['2026-11-30T09:59:59Z', '2026-11-30'],
		['2026-11-30T10:00:00Z', '2026-12-01'],
		['2026-12-31T23:00:00Z', '2027-01-01'],
	])('at %s it is already %s somewhere', (now, day) => expect(latestToday(new Date(now))).toBe(day));
});

describe('parsePhone reads numbers as people write them', () => {
	it.each([
		['+7 700 123 45 67', '7001234567'],
		['8 (700) 123-45-67', '7001234567'],
		['87001234567', '7001234567'],
		['+77001234567', '7001234567'],
		['7001234567', '7001234567'],
		['+7 72438 21015', '7243821015'],
	])('%s -> %s', (input, national) => expect(parsePhone(input)).toBe(national));

	it.each([['+1 212 555 0100'], ['12345'], ['+7 600 123 45 67'], ['call me'], ['+7 700 123 45 67 ext 2']])('refuses %s', (input) =>
		expect(parsePhone(input)).toBeUndefined(),
	);
});

describe('phone output', () => {
	it('formats a mobile in the local habit', () => expect(formatPhone('7001234567')).toBe('+7 700 123 45 67'));
	it('formats a district landline with its area code', () => expect(formatPhone('7243821015')).toBe('+7 72438 21015'));
	it('makes an international tel: link', () => expect(telHref('7001234567')).toBe('tel:+77001234567'));
	it('makes a wa.me link with digits only, Kazakh letters as they are and ASCII signs encoded', () =>
		expect(whatsappHref('7001234567', 'Сәлем! Торт бар ма?')).toBe('https://wa.me/77001234567?text=Сәлем!%20Торт%20бар%20ма?'));
	it.each([
		['signs that mean something in a query', 'Торт & нан #1 + 50% = ?'],
		['line breaks, the spaces inside a price and the isolates around a name', 'Саны: ___\n1\u00a0200\u00a0₸ «\u2068Бөтелке\u2069»'],
		['quotes, brackets and the signs URL checkers refuse bare', '"<b>" \'x\' `y` [1] {2} a|b ^'],
		['an address, whose slashes and colon stay as they are', 'https://kazaly.example/producers/x/?a=1'],
	])('a wa.me link carries %s to WhatsApp unchanged', (_, message) => {
		const href = whatsappHref('7001234567', message);
		expect(href.slice(href.indexOf('?text=') + 6)).not.toMatch(/[\s"<>`[\]{}|^\u00a0\u2068\u2069]|&|#|\+|=/u);
		expect(new URL(href).searchParams.get('text')).toBe(message);
	});
});

describe('units for machines', () => {
	it.each(Object.keys(vocabularies.units))('unit %s has a UN/CEFACT code for schema.org', (unit) =>
		expect(unitCode(unit)).toMatch(/^[A-Z0-9]{2,3}$/),
	);
	it('kg is KGM', () => expect(unitCode('kg')).toBe('KGM'));
});
