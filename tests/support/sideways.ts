/** Whether a page is wider than its screen or cuts text off, and which elements do it, in words a failing test can print. */
import type { Page } from 'playwright-core';

/** Enough elements to find the culprit: the deepest ones that stick out, each once. */
const shownElements = 5;

/** What makes a page fail its screen: '' when it neither scrolls sideways nor cuts a text off. */
export async function widthProblems(page: Page): Promise<string> {
	return [await sidewaysScroll(page), await clippedText(page)].filter(Boolean).join('\n');
}

/**
 * What makes the page wider than the window: '' when nothing does (documentElement.scrollWidth <= innerWidth), else
 * the page's width and the innermost elements whose box ends past the right edge, by tag, class and text.
 */
async function sidewaysScroll(page: Page): Promise<string> {
	return page.evaluate((shown) => {
		const width = window.innerWidth;
		const scrollWidth = document.documentElement.scrollWidth;
		if (scrollWidth <= width) return '';
		// An element inside a box that scrolls or clips stays within it: only what escapes every such box counts.
		const contained = (element: Element) => {
			for (let at = element.parentElement; at && at !== document.body; at = at.parentElement) {
				if (getComputedStyle(at).overflowX !== 'visible') return true;
			}
			return false;
		};
		const wide = [...document.body.querySelectorAll('*')].filter(
			(element) => element.getBoundingClientRect().right > width + 0.5 && !contained(element),
		);
		const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
		const describe = (element: Element) => {
			const classes =
				typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
			const text = (element.textContent ?? '').trim().slice(0, 40);
			return `<${element.tagName.toLowerCase()}${classes}> ${Math.round(element.getBoundingClientRect().right)} px${text ? ` «${text}»` : ''}`;
		};
		return [
			`${scrollWidth} px wide on a ${width} px screen, pushed by:`,
			...innermost.slice(0, shown).map((element) => `  ${describe(element)}`),
		].join('\n');
	}, shownElements);
}

/**
 * Text a box cuts off instead of wrapping: '' when none, else each box that hides (overflow hidden or clip) content
 * wider than itself. Boxes that scroll are fine, and so are form fields and screen-reader-only text.
 */
async function clippedText(page: Page): Promise<string> {
	return page.evaluate((shown) => {
		const clipping = [...document.body.querySelectorAll('*')].filter((element) => {
			if (element.matches('input, textarea, select, .sr-only') || element.clientWidth <= 1) return false;
			const { overflowX } = getComputedStyle(element);
			return (overflowX === 'hidden' || overflowX === 'clip') && element.scrollWidth > element.clientWidth + 1;
		});
		const describe = (element: Element) =>
			`<${element.tagName.toLowerCase()}> ${element.scrollWidth} px of content in ${element.clientWidth} px «${(element.textContent ?? '').trim().slice(0, 40)}»`;
		return clipping.slice(0, shown).map(describe).join('\n');
	}, shownElements);
}
