import { describe, expect, it } from 'vitest';
import { csvColumns, csvFields } from '../../src/data/open-data-csv';
import { dictionaries } from '../../src/i18n';

describe('the /data/ page explains every CSV column', () => {
	it.each(csvFields)('$name has its explanation in the dictionaries', ({ name }) =>
		expect(dictionaries.kk).toHaveProperty([`data.field.${name}`]),
	);

	it('every column belongs to one explained field', () => {
		expect(csvFields.flatMap(({ columns }) => columns).sort()).toEqual(csvColumns.map(([column]) => column).sort());
	});

	it('a localized field is one line with a column per language', () => {
		expect(csvFields.find(({ name }) => name === 'product_name')?.columns).toEqual([
			'product_name_kk',
			'product_name_ru',
			'product_name_en',
		]);
	});
});
