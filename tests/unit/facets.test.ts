import { describe, expect, it } from 'vitest';
import type { Business } from '../../src/data/catalogue';
import { termsInUse } from '../../src/data/facets';

/** A business with only the fields the facets read. */
const business = (category: string, deliveryAreas: string[]) =>
	({ data: { category, village: 'aiteke-bi', deliveryAreas } }) as unknown as Business;

const businesses = [business('confectionery', ['aral']), business('bakery', ['district', 'aral']), business('confectionery', ['district'])];

describe('termsInUse', () => {
	it('counts the producers under each term, in the vocabulary order', () => {
		expect(termsInUse(businesses, 'category')).toEqual([
			{ id: 'bakery', count: 1 },
			{ id: 'confectionery', count: 2 },
		]);
	});

	it('counts a producer under every delivery area it serves', () => {
		expect(termsInUse(businesses, 'delivery')).toEqual([
			{ id: 'district', count: 2 },
			{ id: 'aral', count: 2 },
		]);
	});

	it('leaves out the terms no producer is under', () =>
		expect(termsInUse(businesses, 'category').map(({ id }) => id)).not.toContain('fast-food'));
});
