/** The organisers print the stand cards: Chromium's PDF has the right pages, and nothing on a card falls off it. */
import { describe, expect, it } from 'vitest';
import { exhibitions } from '../support/exhibitions';
import { pdfPages, printPdf } from '../../scripts/support/pdf';
import { useSite } from '../support/site';

const site = useSite();
const mm = 96 / 25.4;

/** Cards whose size is not the given one, or whose content overflows them, as readable lines. */
function misfits(size: number[]) {
	const [width = 0, height = 0] = size;
	return [...document.querySelectorAll<HTMLElement>('.stand-card')].flatMap((card) => {
		const box = card.getBoundingClientRect();
		const inner = card.firstElementChild as HTMLElement;
		const problems = [];
		if (Math.abs(box.width - width) > 1 || Math.abs(box.height - height) > 1)
			problems.push(`${card.dataset['producer']}: ${box.width}×${box.height}px`);
		if (inner.scrollHeight > inner.clientHeight + 1)
			problems.push(`${card.dataset['producer']}: content ${inner.scrollHeight}px in ${inner.clientHeight}px`);
		for (const element of card.querySelectorAll('*')) {
			const at = element.getBoundingClientRect();
			// A box that draws nothing (display: contents, an empty element) cannot fall off the card.
			if (at.width === 0 && at.height === 0) continue;
			if (at.left < box.left - 1 || at.right > box.right + 1 || at.top < box.top - 1 || at.bottom > box.bottom + 1)
				problems.push(`${card.dataset['producer']}: <${element.tagName.toLowerCase()}> outside the card`);
		}
		return problems;
	});
}

describe.each(exhibitions)('printing the stand cards of $id', ({ id, participants }) => {
	it('the sheet prints as A4 pages of four A6 cards, each card whole on its page', async () => {
		const { page } = await site.open(`/exhibitions/${id}/cards/`, {
			viewport: { width: Math.round(210 * mm), height: Math.round(297 * mm) },
		});
		const pages = pdfPages(await printPdf(page));
		expect(pages.count).toBe(Math.ceil(participants.length / 4));
		expect([Math.round(pages.width), Math.round(pages.height)]).toEqual([595, 842]);
		expect(await page.evaluate(misfits, [105 * mm, 148.5 * mm])).toEqual([]);
		// Each card sits inside its A4 page: no card is split by a page break.
		const outside = await page.evaluate(
			(a4) => {
				return [...document.querySelectorAll('.stand-sheet__page')].flatMap((sheet) => {
					const box = sheet.getBoundingClientRect();
					if (Math.abs(box.width - a4[0]!) > 1 || Math.abs(box.height - a4[1]!) > 1) return [`a sheet of ${box.width}×${box.height}px`];
					return [...sheet.querySelectorAll<HTMLElement>('.stand-card')]
						.filter((card) => card.getBoundingClientRect().bottom > box.bottom + 1)
						.map((card) => card.dataset['producer']);
				});
			},
			[210 * mm, 297 * mm],
		);
		expect(outside).toEqual([]);
	});

	it('one card prints alone on one A6 page', async () => {
		const { page } = await site.open(`/exhibitions/${id}/cards/${participants[0]!.producer}/`, {
			viewport: { width: Math.round(105 * mm), height: Math.round(148 * mm) },
		});
		const pages = pdfPages(await printPdf(page));
		expect(pages.count).toBe(1);
		expect([Math.round(pages.width), Math.round(pages.height)]).toEqual([298, 420]);
		expect(await page.evaluate(misfits, [105 * mm, 148 * mm])).toEqual([]);
	});
});
