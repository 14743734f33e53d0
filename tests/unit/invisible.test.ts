import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/entry/entry-input.ts';
import { invisibleCharacter, withoutInvisible } from '../../src/lib/invisible.ts';

describe('an invisible character', () => {
	it.each([
		['Дәмді\u202Eнан', 'U+202E', 'right-to-left override'],
		['\u2066+7 700\u2069', 'U+2066', 'left-to-right isolate'],
		['нан\u200E', 'U+200E', 'left-to-right mark'],
		['на\u200Bн', 'U+200B', 'zero width space'],
		['на\u200Cн', 'U+200C', 'zero width non-joiner'],
		['а\u200Dб', 'U+200D', 'zero width joiner'],
		['\uFEFFнан', 'U+FEFF', 'byte-order mark'],
		['нан\u0007', 'U+0007', 'control character'],
		['нан\u0085', 'U+0085', 'control character'],
		['\u3164', 'U+3164', 'invisible character'],
		['нан\u2028нан', 'U+2028', 'invisible character'],
		['нан\u{E0041}', 'U+E0041', 'invisible character'],
	])('is found in %j: %s (%s)', (text, code, name) => expect(invisibleCharacter(text)).toMatchObject({ code, name }));

	it.each([
		['Дәмді нан', 'plain text'],
		['бір\tекі\r\nүш', 'tabs and line breaks'],
		['кон\u00ADди\u00ADтер', 'soft hyphens, where a long word may break'],
		['👩\u200D🍳 👨🏽\u200D🌾 ❤️\u200D🔥', 'joiners inside emoji'],
		['+7\u00A0700\u00A0123', 'no-break spaces'],
	])('is not found in %j (%s)', (text) => expect(invisibleCharacter(text)).toBeUndefined());

	it('is found where it is', () => expect(invisibleCharacter('ab\u202Ec')?.index).toBe(2));
});

describe('a pasted answer', () => {
	it('loses its invisible characters', () => expect(withoutInvisible('\u2066+7 700 123 45 67\u2069')).toBe('+7 700 123 45 67'));
	it('keeps its emoji whole', () => expect(withoutInvisible('Наубайшы 👩\u200D🍳\u200B')).toBe('Наубайшы 👩\u200D🍳'));
	it.each([
		['text', 'Дәмді\u200E нан', 'Дәмді нан'],
		['phone', '\u202A8 (700) 123-45-67\u202C', '+7 700 123 45 67'],
		['list', 'нан,\u200Bбөлке', ['нан', 'бөлке']],
	] as const)('typed as %s is read without them', (kind, typed, read) => expect(readInput(kind, typed)).toEqual(read));
});
