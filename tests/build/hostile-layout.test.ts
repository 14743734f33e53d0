/**
 * Whatever an entry holds, a visitor on a 360 px phone never scrolls sideways and reads every word of it. One build
 * of a copy of the project holding only the hostile entry (scripts/support/hostile-entry.ts), no samples, keeps it
 * short; every kind of page that shows the entry is opened in Chromium.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems, validateEntry } from '../../src/validate/index.ts';
import { search, searchPath } from '../search/search-page.ts';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { serveStatic } from '../../scripts/support/server.ts';
import { hostile, writeHostileEntry } from '../../scripts/support/hostile-entry.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';
import { widthProblems } from '../support/sideways.ts';
import { useSite } from '../support/site.ts';
import { fillHostileEntry, photo } from '../../scripts/support/submit-form.ts';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
let copy: string;
let folder: string;

beforeAll(async () => {
	copy = copyProject('showcase-hostile-layout-', { entries: false });
	// A small photo: the build encodes every size of it, and the layout does not depend on it.
	folder = writeHostileEntry(copy, await photo(480, 360));
	await promisify(execFile)(astroBin, ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const site = useSite(() => serveStatic(join(copy, 'dist')));

it('the hostile entry is legal: the validator finds nothing wrong with it', async () => {
	expect(formatProblems(await validateEntry(folder, { root: copy }))).toBe('');
});

describe('on a 360 px phone', () => {
	it.each([
		['the home page', '/'],
		['the producers list', '/producers/'],
		['its category', `/categories/${hostile.category}/`],
		['its village', `/villages/${hostile.village}/`],
		['its profile', `/producers/${hostile.slug}/`],
		['its profile in English', `/en/producers/${hostile.slug}/`],
		['its product page', `/producers/${hostile.slug}/${hostile.product}/`],
		['the catalogue', '/products/'],
	])('%s fits the screen', async (_, path) => {
		const { page, status } = await site.open(path, phone);
		expect(status, `${path} answers 200`).toBe(200);
		expect(await widthProblems(page), path).toBe('');
	});

	it('the search results for its name fit the screen', async () => {
		const { page } = await site.open('/search/', phone);
		const { results } = await search(page, site.url(searchPath(hostile.name)), 5);
		expect(results.map(({ href }) => href)).toContain(`/producers/${hostile.slug}/`);
		expect(await widthProblems(page)).toBe('');
	});

	it('the submit form shows its preview of a hostile entry within the screen', async () => {
		const { page } = await site.open('/submit/', phone);
		await fillHostileEntry(page);
		await page.getByRole('button', { name: 'Тексеру және алдын ала қарау' }).click();
		await expect.poll(() => page.locator('[data-result]').isVisible(), { message: 'the preview appears' }).toBe(true);
		expect(await widthProblems(page)).toBe('');
	});

	it('the story’s 200-column table scrolls in its own numbered box, which a keyboard can reach, and axe finds nothing to fix', async () => {
		const { page } = await site.open(`/producers/${hostile.slug}/`, phone);
		const box = page.getByRole('region', { name: 'Кесте 1', exact: true });
		expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth && element.tabIndex === 0)).toBe(true);
		expect(formatViolations(await axeViolations(page))).toBe('');
	});
});

it('each story numbers its own tables, in its own language, so no two regions of a page share a name', () => {
	const labels = (path: string) =>
		[
			...readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8').matchAll(
				/<div class="story-table" role="region" aria-label="([^"]*)"/g,
			),
		].map((match) => match[1]);
	expect(labels(`producers/${hostile.slug}`)).toEqual(['Кесте 1', 'Кесте 2']);
	expect(labels(`en/producers/${hostile.slug}`)).toEqual(['Table 1', 'Table 2']);
});
