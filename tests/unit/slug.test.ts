import { describe, expect, it } from 'vitest';
import { toSlug, uniqueSlugs } from '../../src/lib/slug';
import { toLatin } from '../../src/lib/transliterate';

describe('toSlug makes readable ASCII from Kazakh', () => {
	it.each([
		['Әйтеке би', 'aiteke-bi'],
		['Қазалы', 'qazaly'],
		['«Дәмді» наубайханасы', 'damdi-naubaihanasy'],
		['Ақбала пластик', 'aqbala-plastik'],
		['Шүйіншәлі', 'shuiinshali'],
		['Өркендеу', 'orkendeu'],
		['Күмжиек', 'kumjiek'],
		['Байқоңыр', 'baiqonyr'],
		['Құрт пен ірімшік', 'qurt-pen-irimshik'],
		['Торт «Наполеон» 1 кг', 'tort-napoleon-1-kg'],
		['Шұбат', 'shubat'],
		['Жасанды интеллект', 'jasandy-intellekt'],
		['Цех №2', 'tseh-2'],
		['  --Нан--  ', 'nan'],
	])('toSlug(%s) = %s', (name, slug) => expect(toSlug(name)).toBe(slug));

	it('keeps Latin names and digits as they are', () => expect(toSlug('Kaspi QR 2026')).toBe('kaspi-qr-2026'));
});

describe('toLatin follows the 2021 alphabet', () => {
	it.each([
		['Әйтеке би', 'Äiteke bi'],
		['Қызылорда', 'Qyzylorda'],
		['Байқоңыр', 'Baiqoñyr'],
		['шұбат', 'şūbat'],
		['Шүйіншәлі', 'Şüiınşälı'],
		['Ірімшік', 'Irımşık'],
	])('toLatin(%s) = %s', (cyrillic, latin) => expect(toLatin(cyrillic)).toBe(latin));
});

describe('uniqueSlugs', () => {
	it('numbers repeated names', () => expect(uniqueSlugs(['Нан', 'нан', 'Тоқаш'])).toEqual(['nan', 'nan-2', 'toqash']));
	it('never repeats a slug even when a name looks like a numbered one', () =>
		expect(new Set(uniqueSlugs(['нан', 'нан 2', 'нан'])).size).toBe(3));
});
