import type { BusinessData } from '../schemas/business.ts';
import { vocabularies } from '../schemas/vocabulary';

/** What the figures are computed from: the fields of an entry they read, so a test can pass plain objects. */
export type FigureInput = Pick<BusinessData, 'category' | 'village' | 'jobs' | 'financing' | 'products' | 'listed'>;

/** A count for one term of a vocabulary (a category, a village). */
interface TermCount {
	id: string;
	count: number;
}

/** The financing received under one programme in one year: how many times, and the sum of the amounts shown. */
interface FinancingRow {
	programme: string;
	year: number;
	count: number;
	/** Only the amounts an entry shows; a grant whose owner keeps the sum private counts, but adds nothing here. */
	amount: number;
	withAmount: number;
}

/** A price band in whole tenge, from `min` up to but not including `max` (no `max` for the last). */
export interface PriceBand {
	min: number;
	max?: number;
	count: number;
}

/** How many producers were listed in a month, `YYYY-MM`. */
interface MonthCount {
	month: string;
	count: number;
}

export interface Figures {
	producers: number;
	products: number;
	byCategory: TermCount[];
	byVillage: TermCount[];
	/** People employed, summed over the entries that say. */
	jobs: { total: number; producers: number };
	financing: FinancingRow[];
	/** How many producers show any financing: the rows are only theirs. */
	financingFrom: number;
	priceBands: PriceBand[];
	newByMonth: MonthCount[];
}

/** Where one price band ends and the next begins: a loaf, a cake, a carpet, a piece of equipment. */
const priceBandEdges = [1_000, 5_000, 20_000, 100_000];

/** Every figure of the exhibition in figures, from the entries of its producers. */
export function figuresOf(entries: readonly FigureInput[]): Figures {
	const products = entries.flatMap((entry) => entry.products);
	return {
		producers: entries.length,
		products: products.length,
		byCategory: countTerms(
			Object.keys(vocabularies.categories),
			entries.map((entry) => entry.category),
		),
		byVillage: countTerms(
			Object.keys(vocabularies.places),
			entries.map((entry) => entry.village),
		),
		jobs: {
			total: entries.reduce((sum, entry) => sum + (entry.jobs ?? 0), 0),
			producers: entries.filter((entry) => entry.jobs !== undefined).length,
		},
		financing: financingRows(entries),
		financingFrom: entries.filter((entry) => entry.financing.length > 0).length,
		priceBands: priceBands(products.map((product) => product.price)),
		newByMonth: newByMonth(entries.map((entry) => entry.listed)),
	};
}

/** The terms that occur, in the vocabulary's order (the order the rest of the site lists them in). */
function countTerms(order: string[], values: string[]): TermCount[] {
	return order.map((id) => ({ id, count: values.filter((value) => value === id).length })).filter(({ count }) => count > 0);
}

/** By programme in the vocabulary's order, then by year. */
function financingRows(entries: readonly FigureInput[]): FinancingRow[] {
	const rows = new Map<string, FinancingRow>();
	for (const { programme, year, amount } of entries.flatMap((entry) => entry.financing)) {
		const key = `${programme} ${year}`;
		const row = rows.get(key) ?? { programme, year, count: 0, amount: 0, withAmount: 0 };
		row.count += 1;
		if (amount !== undefined) {
			row.amount += amount;
			row.withAmount += 1;
		}
		rows.set(key, row);
	}
	const order = Object.keys(vocabularies.programmes);
	return [...rows.values()].sort((a, b) => order.indexOf(a.programme) - order.indexOf(b.programme) || a.year - b.year);
}

function priceBands(prices: number[]): PriceBand[] {
	const starts = [0, ...priceBandEdges];
	return starts.map((min, index) => {
		const max = priceBandEdges[index];
		return {
			min,
			...(max === undefined ? {} : { max }),
			count: prices.filter((price) => price >= min && (max === undefined || price < max)).length,
		};
	});
}

/** Every month from the first listing to the last, the empty ones too, so the chart's time axis has no holes. */
function newByMonth(dates: Date[]): MonthCount[] {
	const months = dates.map((date) => date.toISOString().slice(0, 7)).sort();
	const first = months[0];
	const last = months.at(-1);
	if (!first || !last) return [];
	const counts: MonthCount[] = [];
	let [year, month] = first.split('-').map(Number) as [number, number];
	for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
		counts.push({ month: key, count: months.filter((listed) => listed === key).length });
		[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
	}
	return counts;
}
