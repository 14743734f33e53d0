/** Every letter a link-preview card can show is in its fonts: a missing one would be drawn as an empty box. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Font, create } from 'fontkitten';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { previewFonts } from '../../src/data/preview-render.ts';
import { site } from '../../src/data/site.ts';
import { vocabularies } from '../../src/schemas/vocabulary.ts';
import { contentDir } from '../support/paths.ts';

const texts = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

/** Names, owners and product names of every entry in content/, in every language they are written in. */
const entryTexts = readdirSync(join(contentDir, 'businesses')).flatMap((slug) => {
	const data = parseYaml(readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8').split(/^---$/m)[1]!);
	return [...texts(data.name), data.owner, ...data.products.flatMap((product: { name: unknown }) => texts(product.name))];
});
const labels = [vocabularies.categories, vocabularies.places, vocabularies.units].flatMap((vocabulary) =>
	Object.values(vocabulary).flatMap((term) =>
		texts(Object.fromEntries(Object.entries(term).filter(([key]) => ['kk', 'ru', 'en'].includes(key)))),
	),
);
// What a card adds of its own: the site's words, prices in tenge, the separators.
const own = [...texts(site.name), ...texts(site.district), ...texts(site.headline), '0123456789 ₸ / · …'];
const letters = [...new Set([...entryTexts, ...labels, ...own].join(''))].filter((letter) => /\S/u.test(letter));

/** One font file; a collection (.ttc) would hold several, and satori reads none. */
function readFont(file: string): Font {
	const font = create(readFileSync(file));
	if (!('hasGlyphForCodePoint' in font))
		throw new Error(`${file} is a font collection; a card's fonts must be single WOFF, TTF or OTF files.`);
	return font;
}

describe.each([400, 700])('the link-preview fonts at weight %i', (weight) => {
	const fonts = previewFonts.filter((font) => font.weight === weight).map(({ file }) => readFont(file));
	const has = (letter: string) => fonts.some((font) => font.hasGlyphForCodePoint(letter.codePointAt(0)!));

	it('have the nine Kazakh letters, in both cases, and ₸', () => {
		expect([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ₸'].filter((letter) => !has(letter))).toEqual([]);
	});

	it('have every letter of the entries’ names, product names and the category, village and unit labels', () => {
		expect(letters.length).toBeGreaterThan(60);
		expect(letters.filter((letter) => !has(letter))).toEqual([]);
	});
});
