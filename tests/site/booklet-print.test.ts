/**
 * The organisers print the exhibition's catalogue: Chromium's PDF is an A5 booklet with a cover, the list of stands
 * and one page per producer, each producer whole on its own page, and no text outside the page.
 */
import { describe, expect, it } from 'vitest';
import { inLanguage, writtenEntry } from '../support/entries';
import { exhibitions } from '../support/exhibitions';
import { pdfPages, pdfText, printPdf } from '../../scripts/support/pdf';
import { useSite } from '../support/site';

const site = useSite();
const languages = [
	{ locale: 'kk', prefix: '' },
	{ locale: 'ru', prefix: '/ru' },
	{ locale: 'en', prefix: '/en' },
];
/** A5 in points: 148 × 210 mm. */
const a5 = [420, 595];

describe.each(exhibitions)('the booklet of $id', ({ id, participants }) => {
	const byStand = [...participants].sort((a, b) => a.stand - b.stand);

	it.each(languages)(
		'prints in $locale as A5 pages: a cover, the stands, then each producer on a page of its own',
		async ({ locale, prefix }) => {
			const { page } = await site.open(`${prefix}/exhibitions/${id}/booklet/`);
			const pdf = await printPdf(page);
			const { width, height } = pdfPages(pdf);
			expect([Math.round(width), Math.round(height)]).toEqual(a5);
			const pages = await pdfText(pdf);
			const names = byStand.map(({ producer }) => inLanguage(writtenEntry(producer).data.name, locale));
			// The cover, at least one page of the list of stands, then the producers: no producer spills onto a second page.
			const listPages = pages.length - 1 - names.length;
			expect(listPages, `${pages.length} pages for ${names.length} producers`).toBeGreaterThanOrEqual(1);
			const producerPages = pages.slice(1 + listPages);
			const found = names.map((name) => producerPages.flatMap((printed, index) => (printed.text.includes(name) ? [index] : [])));
			expect(found).toEqual(names.map((_, index) => [index]));
			// The list of stands names every producer.
			const list = pages
				.slice(1, 1 + listPages)
				.map((printed) => printed.text)
				.join(' ');
			expect(names.filter((name) => !list.includes(name))).toEqual([]);
		},
	);

	it('has no text outside the page box and a page number on every page but the cover', async () => {
		const { page } = await site.open(`/exhibitions/${id}/booklet/`);
		const pages = await pdfText(await printPdf(page));
		const outside = pages.flatMap((printed, index) =>
			printed.runs
				.filter((run) => run.x < 0 || run.y < 0 || run.x + run.width > printed.width + 0.5 || run.y + run.height > printed.height + 0.5)
				.map((run) => `page ${index + 1}: «${run.text}»`),
		);
		expect(outside).toEqual([]);
		// The number sits in the bottom margin (15 mm, about 42 pt): the lowest text of each page.
		const numbers = pages.map((printed) => {
			const lowest = printed.runs.reduce((low, run) => (run.y < low.y ? run : low), printed.runs[0]!);
			return lowest.y < 42 ? lowest.text.trim() : undefined;
		});
		expect(numbers).toEqual(pages.map((_, index) => (index === 0 ? undefined : String(index + 1))));
	});
});
