/**
 * What the build adds to a good entry, and what it keeps out of the site: links to other sites carry
 * rel="noopener noreferrer nofollow ugc"; a photo given by reference is published like any other; story headings
 * get ids of their own, never the page's; a class name written in a story is not compiled into the site's CSS;
 * a renamed entry's old address leads to the new one in every language. One entry keeps the build short.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyIdPrefix } from '../../src/integrations/story-headings.ts';
import { locales } from '../../src/lib/locale.ts';
import { localePath } from '../../src/lib/paths.ts';
import { type HTMLElement, parseHtml } from '../support/html.ts';
import { siteOrigin } from '../support/paths.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';

const slug = 'aqbala-plastik';
/** Class names that appear in the entry's text and nowhere in src/. */
const entryOnlyClasses = ['bg-fuchsia-950', 'text-[#0a1b2c]'];
const story = `
Біздің дүкен: [Kaspi](https://kaspi.kz/shop/). Сайт туралы: [басты бет](https://kazaly-showcase.example.kz/).

## Main

## Products

## Photos

## Main

Цехтың суреті: ![Цех][цех]

Мәтінде класс атаулары бар: ${entryOnlyClasses.join(' ')} және тағы басқа.

[ЦЕХ]: ./photos/workshop.jpg
`;
let copy: string;
let html: string;
let page: HTMLElement;
let css: string;

beforeAll(async () => {
	copy = copyProject('showcase-safe-output-', { entries: [slug] });
	const businesses = join(copy, 'content/businesses');
	writeFileSync(join(copy, 'content/featured.json'), JSON.stringify([slug]));
	appendFileSync(join(businesses, slug, 'index.mdx'), story);
	writeFileSync(join(copy, 'content/redirects.json'), JSON.stringify({ 'aqbala-old': slug }));
	await promisify(execFile)(astroBin, ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
	html = readFileSync(join(copy, 'dist/producers', slug, 'index.html'), 'utf8');
	page = parseHtml(html);
	const assets = join(copy, 'dist/_astro');
	css = readdirSync(assets)
		.filter((file) => file.endsWith('.css'))
		.map((file) => readFileSync(join(assets, file), 'utf8'))
		.join('\n');
}, 300_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a good entry, built', () => {
	it('links to another site with rel="noopener noreferrer nofollow ugc" and no target', () => {
		expect(html).toMatch(/<a href="https:\/\/kaspi\.kz\/shop\/" rel="noopener noreferrer nofollow ugc">/);
	});
	it('links to the site itself without it', () => expect(html).toMatch(/<a href="https:\/\/kazaly-showcase\.example\.kz\/">/));
	it.each(locales)('leads the old address to the new one in %s', (locale) => {
		const file = join(copy, 'dist', localePath(locale, `/producers/aqbala-old/`), 'index.html');
		expect(existsSync(file)).toBe(true);
		expect(readFileSync(file, 'utf8')).toContain(`url=${siteOrigin}${localePath(locale, `/producers/${slug}/`)}`);
	});

	it('publishes a photo given by reference as a processed photo, never the original path', () => {
		const image = page.querySelectorAll('section[aria-labelledby="story"] img').find((img) => img.getAttribute('alt') === 'Цех');
		expect(image?.getAttribute('src')).toMatch(/^\/_astro\/workshop\.[^/]+\.(?:webp|avif)$/);
		expect(html).not.toContain('./photos/');
	});
});

describe('story headings', () => {
	const story = () =>
		page.querySelectorAll(
			'section[aria-labelledby="story"] div h1, section[aria-labelledby="story"] div h2, section[aria-labelledby="story"] div h3',
		);

	it('get ids of their own, prefixed, unique on the page', () => {
		expect(story().map((heading) => heading.id)).toEqual(['story-main', 'story-products', 'story-photos', 'story-main-2']);
	});
	it('leave the page its own ids: one element for each id', () => {
		const ids = page.querySelectorAll('[id]').map((element) => element.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		for (const own of ['main', 'products', 'story']) expect(page.querySelector(`#${own}`)?.hasAttribute('class')).toBe(true);
	});
	it('are the only ids with the story prefix', () => {
		const prefixed = page.querySelectorAll('[id]').filter((element) => element.id.startsWith(storyIdPrefix));
		expect(prefixed.length).toBe(story().length);
	});
});

describe('the site CSS', () => {
	it('holds the classes the site uses', () => expect(css).toContain('.bg-river-700'));
	it.each(entryOnlyClasses)('leaves out %s, written only in an entry', (name) => {
		expect(css).not.toContain(name.replace(/[[\]#]/g, (char) => `\\${char}`));
		expect(css).not.toContain(name.replace(/^.*?-\[#?|\]$/g, ''));
	});
});

describe('contributed text', () => {
	it('takes its own direction, so a name written right to left cannot turn the page around it', () => {
		expect(page.querySelector('h1')?.getAttribute('dir')).toBe('auto');
	});
});
