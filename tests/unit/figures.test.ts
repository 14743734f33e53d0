import { describe, expect, it } from 'vitest';
import { type FigureInput, figuresOf } from '../../src/data/figures.ts';

/** An entry with only what the figures read: a product per price given. */
function entry(fields: Partial<Omit<FigureInput, 'products'>> & { prices?: number[] }): FigureInput {
	const { prices = [1000], ...rest } = fields;
	return {
		category: 'bakery',
		village: 'aiteke-bi',
		financing: [],
		listed: new Date('2025-10-01'),
		products: prices.map((price) => ({ price }) as FigureInput['products'][number]),
		...rest,
	};
}

describe('figuresOf', () => {
	it('counts producers by category and by village in the vocabularies’ order, leaving out the empty ones', () => {
		const figures = figuresOf([entry({ category: 'fast-food', village: 'kazaly' }), entry({}), entry({ category: 'fast-food' })]);
		expect(figures.byCategory).toEqual([
			{ id: 'bakery', count: 1 },
			{ id: 'fast-food', count: 2 },
		]);
		expect(figures.byVillage).toEqual([
			{ id: 'aiteke-bi', count: 2 },
			{ id: 'kazaly', count: 1 },
		]);
	});

	it('sums jobs over the entries that state them, and says how many do', () => {
		expect(figuresOf([entry({ jobs: 3 }), entry({ jobs: 0 }), entry({})]).jobs).toEqual({ total: 3, producers: 2 });
	});

	it('sums financing by programme and year, counting a grant whose amount is private but adding nothing for it', () => {
		const figures = figuresOf([
			entry({
				financing: [
					{ programme: 'state-grant', year: 2024, amount: 500_000 },
					{ programme: 'auyl-amanaty', year: 2023, amount: 2_000_000 },
				],
			}),
			entry({ financing: [{ programme: 'state-grant', year: 2024 }] }),
			entry({ financing: [{ programme: 'state-grant', year: 2023, amount: 100_000 }] }),
			entry({}),
		] as FigureInput[]);
		expect(figures.financing).toEqual([
			{ programme: 'auyl-amanaty', year: 2023, count: 1, amount: 2_000_000, withAmount: 1 },
			{ programme: 'state-grant', year: 2023, count: 1, amount: 100_000, withAmount: 1 },
			{ programme: 'state-grant', year: 2024, count: 2, amount: 500_000, withAmount: 1 },
		]);
		expect(figures.financingFrom).toBe(3);
	});

	it('puts each price in one band, the lower edge in and the upper edge out', () => {
		const bands = figuresOf([entry({ prices: [999, 1000, 4999, 5000, 99_999, 100_000, 2_000_000] })]).priceBands;
		expect(bands.map(({ min, max, count }) => [min, max, count])).toEqual([
			[0, 1000, 1],
			[1000, 5000, 2],
			[5000, 20_000, 1],
			[20_000, 100_000, 1],
			[100_000, undefined, 2],
		]);
	});

	it('counts new producers by month, with the empty months between, across a new year', () => {
		const listed = ['2025-11-30', '2026-02-01', '2025-11-02'].map((day) => entry({ listed: new Date(day) }));
		expect(figuresOf(listed).newByMonth).toEqual([
			{ month: '2025-11', count: 2 },
			{ month: '2025-12', count: 0 },
			{ month: '2026-01', count: 0 },
			{ month: '2026-02', count: 1 },
		]);
	});

	it('has nothing to count without entries', () => {
		expect(figuresOf([])).toMatchObject({ producers: 0, products: 0, byCategory: [], financing: [], newByMonth: [] });
	});
});
