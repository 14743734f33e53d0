import { describe, expect, it } from 'vitest';
import { placeHelpers, searchPlaces } from '../../src/data/search-vocabulary';
import { findPlaces } from '../../src/lib/search/places';

const places = searchPlaces();
const helpers = new Set(placeHelpers);
const find = (query: string) => findPlaces(query, places, helpers);

describe('a query names a place however it is typed and inflected', () => {
	it.each([
		['Аралға', 'aral'],
		['в Аральск', 'aral'],
		['до Аральска', 'aral'],
		['Aralga', 'aral'],
		['Жосалыға', 'zhosaly'],
		['Қармақшыға', 'zhosaly'],
		['Байқоңырға жеткізу', 'baikonyr'],
		['доставка в Байконур', 'baikonyr'],
		['delivery to Baikonur', 'baikonyr'],
		['в Кызылорду', 'kyzylorda'],
		['Қызылорда облысына', 'region'],
		['доставка по Казахстану', 'kazakhstan'],
		['Күмжиекте', 'kumzhiek'],
		['Өркендеуде', 'orkendeu'],
		['Басықарадан', 'basykara'],
		['Бекарыстан биде', 'bekarystan-bi'],
		['Қазалыда', 'kazaly'],
		['Новоказалинск', 'aiteke-bi'],
	])('«%s» names %s, and nothing else is left', (query, id) => {
		const { places: found, rest } = find(query);
		expect(found.map((place) => place.id)).toEqual([id]);
		expect(rest).toBe('');
	});
});

describe('the rest of a place query is what to search for', () => {
	it.each([
		['қымыз Аралға', 'қымыз'],
		['мясо в Байконур', 'мясо'],
		['киіз үй Аралға', 'киіз үй'],
	])('«%s» leaves «%s»', (query, rest) => expect(find(query).rest).toBe(rest));

	it('keeps helper words when no place is named', () => expect(find('доставка торт')).toEqual({ places: [], rest: 'доставка торт' }));

	it('does not read a place into a word that only begins like one', () => expect(find('аралас').places).toEqual([]));
});
