import { describe, expect, it } from 'vitest';
import { stemForms } from '../../src/lib/search/keys';
import { expandedKeys, meantKey, meantKeys, synonymIndex } from '../../src/lib/search/synonyms';
import { synonyms } from '../../src/schemas/synonyms';

describe('a word’s exact form keeps ы apart from і and и', () => {
	it.each([
		['кумыс', 'kumi', 'kumy'],
		['Күміс', 'kumi', 'kumi'],
		['Кумис', 'kumi', 'kumi'],
		['қымызды', 'kimiz', 'kymyz'],
		['тығын', 'tigi', 'tygy'],
		['тігін', 'tigi', 'tigi'],
	])('%s: key %s, exact form %s', (word, key, exact) => expect(stemForms(word)).toEqual({ key, exact }));

	it('is kept for a word in the 2021 Latin alphabet, whose y is ы', () => {
		expect(stemForms('Kümis')).toEqual({ key: 'kumi', exact: 'kumi' });
		expect(stemForms('Şūbat')).toEqual({ key: 'shubat', exact: 'shubat' });
	});

	it('is left out for other Latin spellings, whose y and i may be either', () => {
		expect(stemForms('kymyz')).toEqual({ key: 'kimiz' });
		expect(stemForms('Baykonur')).toEqual({ key: 'baikonur' });
	});

	it('is taken from the script a mixed word mostly uses', () => expect(stemForms('кумыc').exact).toBe('kumy'));
});

describe('a page’s word joins a synonym group', () => {
	const index = synonymIndex([
		['қымыз', 'кумыс', 'kumis', 'koumiss'],
		['тігін', 'пошив', 'sewing'],
		['тығын', 'пробка', 'cork'],
	]);

	it('when it is a word of the group, in any script', () => {
		expect(expandedKeys('Қымыз', index)).toEqual(['kimiz', 'kumi', 'koumis']);
		expect(expandedKeys('кумыс', index)).toEqual(['kumi', 'kimiz', 'koumis']);
		expect(expandedKeys('koumiss', index)).toContain('kimiz');
	});

	it('and not when it only folds like one: «Күміс» «silver» (Kümis) is not кумыс or kumis, тігін «sewing» is not тығын «cork»', () => {
		expect(expandedKeys('Күміс', index)).toEqual(['kumi']);
		expect(expandedKeys('Kümis', index)).toEqual(['kumi']);
		expect(expandedKeys('тігін', index)).toEqual(['tigi', 'poshiv', 'seui']);
		expect(expandedKeys('тығын', index)).toEqual(['tigi', 'prop', 'cork']);
	});
});

describe('a group word that another word of the catalogue folds to', () => {
	const groups = [
		['қымыз', 'кумыс', 'kumis'],
		['тығын', 'пробка', 'cork'],
		['бөтелке', 'бутылка'],
	];
	const inUse = (words: string[]) => {
		const forms = new Map<string, Set<string | undefined>>();
		for (const { key, exact } of words.map(stemForms)) forms.set(key, (forms.get(key) ?? new Set()).add(exact));
		return forms;
	};

	it('is searched by a key of its group that only the group’s words give', () => {
		expect(meantKeys(groups, inUse(['Күміс', 'қымыз', 'тігін', 'тығын', 'бөтелке']))).toEqual([
			['kumy', 'kimiz'],
			['tygy', 'prop'],
		]);
	});

	it('keeps its key where no other word shares it', () => {
		expect(meantKeys(groups, inUse(['қымыз', 'кумыс', 'тығын', 'бутылка']))).toEqual([]);
	});

	it('on the sample site, «тығын» is searched apart from тігін', () => {
		const all = synonyms.groups.flat();
		expect(new Map(meantKeys(synonyms.groups, inUse([...all, 'тігін']))).get('tygy')).toBe('prop');
	});
});

describe('a typed word is searched', () => {
	const meant = new Map([['kumy', 'kimiz']]);

	it('by its group’s key where its own is shared: кумыс, and кумыз cut to the same key', () => {
		expect(meantKey('kumi', stemForms('кумыс').exact, meant)).toBe('kimiz');
		expect(meantKey('kumi', stemForms('кумыз').exact, meant)).toBe('kimiz');
	});

	it('by its own key otherwise: «Күміс» «silver», or kumis in Latin letters, which may be either', () => {
		expect(meantKey('kumi', stemForms('Күміс').exact, meant)).toBe('kumi');
		expect(meantKey('kumi', stemForms('kumis').exact, meant)).toBe('kumi');
	});
});
