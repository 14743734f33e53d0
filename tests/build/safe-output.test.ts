/**
 * What the build adds to a good entry: links to other sites carry rel="noopener noreferrer nofollow ugc", and a
 * renamed entry's old address leads to the new one in every language. One entry keeps the build short.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locale.ts';
import { localePath } from '../../src/lib/paths.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';

const slug = 'aqbala-plastik';
let copy: string;
let page: string;

beforeAll(async () => {
	copy = copyProject('showcase-safe-output-');
	const businesses = join(copy, 'content/businesses');
	for (const folder of readdirSync(businesses)) if (folder !== slug) rmSync(join(businesses, folder), { recursive: true });
	appendFileSync(join(businesses, slug, 'index.mdx'), '\nБіздің дүкен: [Kaspi](https://kaspi.kz/shop/). Сайт туралы: [басты бет](https://kazaly-showcase.example.kz/).\n');
	writeFileSync(join(copy, 'content/redirects.json'), JSON.stringify({ 'aqbala-old': slug }));
	await promisify(execFile)(astroBin, ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
	page = readFileSync(join(copy, 'dist/producers', slug, 'index.html'), 'utf8');
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a good entry, built', () => {
	it('links to another site with rel="noopener noreferrer nofollow ugc" and no target', () => {
		expect(page).toMatch(/<a href="https:\/\/kaspi\.kz\/shop\/" rel="noopener noreferrer nofollow ugc">/);
	});
	it('links to the site itself without it', () => expect(page).toMatch(/<a href="https:\/\/kazaly-showcase\.example\.kz\/">/));
	it.each(locales)('leads the old address to the new one in %s', (locale) => {
		const file = join(copy, 'dist', localePath(locale, `/producers/aqbala-old/`), 'index.html');
		expect(existsSync(file)).toBe(true);
		expect(readFileSync(file, 'utf8')).toContain(`url=${localePath(locale, `/producers/${slug}/`)}`);
	});
});
