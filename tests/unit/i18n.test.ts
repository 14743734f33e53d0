import { describe, expect, it } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n';
import { locales } from '../../src/lib/locale';

describe('UI dictionaries', () => {
	it('have the same keys in every language', () => {
		const keys = Object.keys(dictionaries.kk).sort();
		for (const locale of locales) expect(Object.keys(dictionaries[locale]).sort()).toEqual(keys);
	});

	it.each([
		['kk', 1, '1 кәсіпкер'],
		['ru', 1, '1 предприниматель'],
		['ru', 3, '3 предпринимателя'],
		['ru', 5, '5 предпринимателей'],
		['ru', 21, '21 предприниматель'],
		['en', 1, '1 producer'],
		['en', 14, '14 producers'],
	] as const)('in %s, %d producers reads «%s»', (locale, count, text) =>
		expect(useTranslations(locale)('producers.count', { count })).toBe(text),
	);

	it('fills named values', () => expect(useTranslations('kk')('profile.since', { year: '2023' })).toBe('2023 жылдан бері'));
});
