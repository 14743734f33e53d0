/**
 * Writes the printed materials of every exhibition as PDF, for the organisers: the A5 booklet and the A4 sheets of
 * stand cards, in each language, into print/. It builds nothing: it serves the built dist/ on a free local port and
 * prints each page with Debian's Chromium, exactly as the browser's own print dialogue would.
 * Run after a build: `npm run print`, or `npm run print -- <folder>` to write elsewhere. SHOWCASE_DIST prints another
 * build, as for the tests.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../src/lib/locale.ts';
import { localePath, paths } from '../src/lib/paths.ts';
import { launchChromium } from './support/browser.ts';
import { pdfPages, printPdf } from './support/pdf.ts';
import { serveStatic } from './support/server.ts';

/** The built site: dist/, or the folder in SHOWCASE_DIST. */
const dist = process.env['SHOWCASE_DIST'] ? resolve(process.env['SHOWCASE_DIST']) : fileURLToPath(new URL('../dist/', import.meta.url));

const out = process.argv[2] ? resolve(process.argv[2]) : new URL('../print/', import.meta.url).pathname;

/** The exhibitions the build made a booklet for, read from dist/ so that only what was built is printed. */
function builtExhibitions(): string[] {
	const folder = join(dist, 'exhibitions');
	if (!existsSync(folder)) return [];
	return readdirSync(folder).filter((id) => existsSync(join(folder, id, 'booklet', 'index.html')));
}

if (!existsSync(join(dist, 'index.html'))) {
	console.error(`${relative('.', dist) || dist} has no built site: run \`npm run build\` first, then \`npm run print\`.`);
	process.exit(1);
}
const exhibitions = builtExhibitions();
if (exhibitions.length === 0) {
	console.error('dist/ has no exhibition booklets: add an exhibition to content/exhibitions/ and run `npm run build` again.');
	process.exit(1);
}

const browser = await launchChromium().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
const server = await serveStatic(dist);
try {
	for (const id of exhibitions) {
		mkdirSync(join(out, id), { recursive: true });
		for (const locale of locales) {
			for (const [name, path] of [
				['booklet', paths.booklet(id)],
				['cards', paths.standCards(id)],
			] as const) {
				const page = await browser.newPage();
				await page.goto(`${server.origin}${localePath(locale, path)}`, { waitUntil: 'networkidle' });
				await page.evaluate(() => document.fonts.ready);
				const pdf = await printPdf(page);
				await page.close();
				const file = join(out, id, `${name}-${locale}.pdf`);
				writeFileSync(file, pdf);
				const { count, width, height } = pdfPages(pdf);
				console.log(
					`${relative('.', file)}  ${count} ${count === 1 ? 'page' : 'pages'} of ${Math.round(width)} × ${Math.round(height)} pt`,
				);
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
