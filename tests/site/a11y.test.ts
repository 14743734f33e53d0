/**
 * axe-core finds nothing to fix on the main pages, on a phone and on a laptop; and no page is wider than its screen
 * or cuts a text off, down to a 360 px phone (checked on the pages already open, so it costs next to nothing).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe';
import { bottleQuery, bottleWorkshop, pages } from '../support/pages';
import { widthProblems } from '../support/sideways';
import { useSite } from '../support/site';

const site = useSite();

/** Each viewport, and the narrower screens the page is then resized to: the narrowest phone the site is made for. */
const viewports = [
	{ name: 'phone', viewport: { width: 390, height: 844 }, narrower: [{ width: 360, height: 740 }] },
	{ name: 'laptop', viewport: { width: 1280, height: 800 }, narrower: [] },
];

/** Each page, the HTTP status it must answer with, and what to wait for before checking. */
const checked = [
	{ path: pages.home, status: 200 },
	{ path: pages.producers, status: 200 },
	{ path: pages.profile, status: 200 },
	{ path: pages.product, status: 200 },
	{ path: pages.products, status: 200 },
	{ path: pages.productsPage2, status: 200 },
	{ path: pages.category, status: 200 },
	{ path: pages.delivery, status: 200 },
	{ path: pages.newest, status: 200 },
	{ path: `${pages.search}?q=${bottleQuery}`, status: 200, resultsFor: bottleWorkshop },
	{ path: pages.about, status: 200 },
	{ path: pages.openData, status: 200 },
	{ path: pages.exhibition, status: 200 },
	{ path: pages.standCards, status: 200 },
	{ path: pages.standCard, status: 200 },
	{ path: pages.booklet, status: 200 },
	{ path: pages.figures, status: 200 },
	{ path: pages.missing, status: 404 },
];

describe.each(viewports)('on a $name ($viewport.width×$viewport.height)', ({ viewport, narrower }) => {
	it.each(checked)('$path has no axe violations and fits the screen', async ({ path, status, resultsFor }) => {
		const opened = await site.open(path, { viewport });
		const { page } = opened;
		expect(opened.status, `${path} answers ${status}`).toBe(status);
		if (resultsFor) {
			// Check the page with its results shown, not the empty form.
			const result = page
				.getByRole('main')
				.getByRole('listitem')
				.getByRole('link')
				.and(page.locator(`a[href^="/producers/${resultsFor}/"]`))
				.first();
			await expect.poll(() => result.isVisible(), { message: `search results for ${bottleQuery} appear` }).toBe(true);
		}
		const violations = await axeViolations(page);
		expect(formatViolations(violations), `axe violations on ${path}`).toBe('');
		expect(await widthProblems(page), `${path} at ${viewport.width} px`).toBe('');
		for (const screen of narrower) {
			await page.setViewportSize(screen);
			expect(await widthProblems(page), `${path} at ${screen.width} px`).toBe('');
		}
	});
});
