/**
 * The exhibition in figures matches the entries: every figure is summed here again from the entries' own front matter
 * (read with a YAML parser, not through the site's modules) and found on the page, in every language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { writtenEntry } from '../support/entries';
import { exhibitions } from '../support/exhibitions';
import { contentDir } from '../support/paths';

const site = readBuiltSite();
const languages = [
	{ lang: '', locale: 'kk', tag: 'kk-KZ' },
	{ lang: '/ru', locale: 'ru', tag: 'ru-KZ' },
	{ lang: '/en', locale: 'en', tag: 'en-GB' },
];

/** A term's label in a language, read from its vocabulary file; Kazakh where it has no translation. */
function termLabel(vocabulary: string, id: string, locale: string): string {
	const terms = JSON.parse(readFileSync(join(contentDir, 'vocabularies', `${vocabulary}.json`), 'utf8')) as Record<
		string,
		Record<string, string>
	>;
	return terms[id]![locale] || terms[id]!['kk']!;
}

/** How many times each value occurs. */
function tally(values: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}

/** The cells of a chart's table, row by row, as the page prints them. */
function tableRows(page: string, chart: string): string[][] {
	return site
		.document(page)
		.querySelectorAll(`[data-chart="${chart}"] tbody tr`)
		.map((row) => row.querySelectorAll('th, td').map((cell) => cell.text.trim()));
}

describe.each(exhibitions)('the figures of $id', ({ id, participants }) => {
	const entries = participants.map(({ producer }) => writtenEntry(producer).data);

	it.each(languages)('in $lang/ show the sums of the entries', ({ lang, locale, tag }) => {
		const page = `${lang}/exhibitions/${id}/figures/`;
		expect(site.pages).toContain(page);
		const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
		const tenge = new Intl.NumberFormat(tag, {
			style: 'currency',
			currency: 'KZT',
			currencyDisplay: 'narrowSymbol',
			maximumFractionDigits: 0,
		});
		const document = site.document(page);
		const totals = (figure: string) => document.querySelector(`[data-figure="${figure}"]`)!.text;

		expect(totals('producers')).toContain(number.format(entries.length));
		expect(totals('products')).toContain(number.format(entries.reduce((sum, entry) => sum + entry.products.length, 0)));
		expect(totals('jobs')).toContain(number.format(entries.reduce((sum, entry) => sum + (entry.jobs ?? 0), 0)));

		// Category and village: each term that occurs, with the number of entries that name it.
		for (const [chart, field, vocabulary] of [
			['by-category', 'category', 'categories'],
			['by-village', 'village', 'places'],
		] as const) {
			const counts = [...tally(entries.map((entry) => entry[field]))].map(
				([term, count]) => `${termLabel(vocabulary, term, locale)}: ${number.format(count)}`,
			);
			expect(
				tableRows(page, chart)
					.map(([label, count]) => `${label}: ${count}`)
					.sort(),
			).toEqual(counts.sort());
		}

		// Financing: one row per programme and year, with the sum of the amounts shown and the number of grants.
		const financing = new Map<string, { amount: number; count: number; shown: number }>();
		for (const { programme, year, amount } of entries.flatMap((entry) => entry.financing ?? [])) {
			const key = `${termLabel('programmes', programme, locale)}, ${year}`;
			const row = financing.get(key) ?? { amount: 0, count: 0, shown: 0 };
			financing.set(key, { amount: row.amount + (amount ?? 0), count: row.count + 1, shown: row.shown + (amount === undefined ? 0 : 1) });
		}
		const printed = tableRows(page, 'financing')
			.map(([label, amount, count]) => `${label}: ${amount}, ${count}`)
			.sort();
		const expected = [...financing]
			.map(([label, row]) => `${label}: ${row.shown > 0 ? tenge.format(row.amount) : '—'}, ${number.format(row.count)}`)
			.sort();
		expect(printed).toEqual(expected);

		// Price bands: every product in exactly one band.
		const bandCounts = tableRows(page, 'price-bands').map((cells) => Number(cells[1]!.replace(/\D/g, '')));
		const prices = entries.flatMap((entry) => entry.products.map((product) => product.price));
		const edges = [0, 1_000, 5_000, 20_000, 100_000, Infinity];
		expect(bandCounts).toEqual(
			edges.slice(0, -1).map((min, index) => prices.filter((price) => price >= min && price < edges[index + 1]!).length),
		);

		// New producers by month: the months' counts add up to every producer, and each listed month has its count.
		const months = tally(entries.map((entry) => String(entry.listed).slice(0, 7)));
		const monthCounts = tableRows(page, 'new-by-month').map((cells) => Number(cells[1]!.replace(/\D/g, '')));
		expect(monthCounts.reduce((sum, count) => sum + count, 0)).toBe(entries.length);
		expect(monthCounts.filter((count) => count > 0).sort()).toEqual([...months.values()].sort());
	});

	it.each(languages)('in $lang/ draw every chart as SVG with a title and a description, beside its table', ({ lang }) => {
		const document = site.document(`${lang}/exhibitions/${id}/figures/`);
		const charts = document.querySelectorAll('[data-chart]');
		expect(charts.map((chart) => chart.getAttribute('data-chart'))).toEqual([
			'by-category',
			'by-village',
			'financing',
			'price-bands',
			'new-by-month',
		]);
		for (const chart of charts) {
			const svg = chart.querySelector('svg[role="img"]');
			if (!svg) continue;
			expect(svg.querySelector('title')!.text.trim()).not.toBe('');
			expect(svg.querySelector('desc')!.text.trim()).not.toBe('');
			expect(svg.querySelectorAll('rect')).toHaveLength(chart.querySelectorAll('tbody tr').length);
		}
	});

	it.each(['', '/ru', '/en'])('are linked from the exhibition page and the about page in %s/', (lang) => {
		const figures = `${lang}/exhibitions/${id}/figures/`;
		expect(site.document(`${lang}/exhibitions/${id}/`).querySelectorAll(`a[href="${figures}"]`)).toHaveLength(1);
		expect(site.document(`${lang}/about/`).querySelectorAll(`a[href="${figures}"]`)).toHaveLength(1);
	});
});
