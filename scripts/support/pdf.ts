/** Printing a page to PDF as an organiser's browser would, and reading back how many pages of what size came out. */
import type { Page } from 'playwright-core';

/** The page's PDF with the page size its CSS asks for (@page) and its backgrounds, in the print layout. */
export async function printPdf(page: Page): Promise<Buffer> {
	await page.emulateMedia({ media: 'print' });
	return page.pdf({ preferCSSPageSize: true, printBackground: true });
}

/** The pages of a PDF and the size of the first, in points. */
export function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
	const text = pdf.toString('latin1');
	const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
	return { count: (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, width: Number(box?.[1]), height: Number(box?.[2]) };
}

/** One page of a PDF as pdf.js reads it: its size in points and its text, with where each run of text lies. */
export interface PdfPageText {
	width: number;
	height: number;
	/** The page's text, lines joined by spaces and white space collapsed, for finding a name however it wrapped. */
	text: string;
	/** Each run of text with its box, in points from the page's bottom left. */
	runs: { text: string; x: number; y: number; width: number; height: number }[];
}

/** The text of every page of a PDF, read by pdf.js (its legacy build runs in Node without a worker). */
export async function pdfText(pdf: Buffer): Promise<PdfPageText[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
	const pages: PdfPageText[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const [, , width = 0, height = 0] = page.view;
		const content = await page.getTextContent();
		const runs = content.items.flatMap((item) =>
			'str' in item && item.str.trim()
				? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }]
				: [],
		);
		pages.push({ width, height, text: joinRuns(runs), runs });
	}
	await document.destroy();
	return pages;
}

/**
 * Runs of text as they read: a run that starts where the last one ended on the same line continues its word (Chromium
 * splits a word where a letter comes from a fallback font, as қ in a font without it); any other is a new word.
 */
function joinRuns(runs: PdfPageText['runs']): string {
	let text = '';
	let previous: PdfPageText['runs'][number] | undefined;
	for (const run of runs) {
		const continues = previous && Math.abs(run.y - previous.y) < 1 && Math.abs(run.x - (previous.x + previous.width)) < 0.5;
		text += (previous && !continues ? ' ' : '') + run.text;
		previous = run;
	}
	return text.replace(/\s+/g, ' ');
}
