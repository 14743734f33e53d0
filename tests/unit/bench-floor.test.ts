import { describe, expect, it } from 'vitest';
import { floorFiles } from '../../scripts/bench/floor.mjs';

const files: Record<string, string> = floorFiles('/tmp/synthetic/content/businesses', ['kk', 'ru', 'en']);
const pages = Object.keys(files).filter((path) => path.startsWith('src/pages/'));

describe('floorFiles', () => {
	it('mirrors our page set: home, lists, profile, product, category, village and search pages', () => {
		expect(pages.sort()).toEqual(
			[
				'categories/[id]',
				'index',
				'producers/[slug]/[product]',
				'producers/[slug]/index',
				'producers/index',
				'products/index',
				'search',
				'villages/[id]',
			].map((route) => `src/pages/[...lang]/${route}.astro`),
		);
	});

	it('builds every page in every language, the first at the root', () => {
		expect(files['src/floor.ts']).toContain('["kk","ru","en"]');
		expect(files['src/floor.ts']).toContain('lang: n === 0 ? undefined : locale');
		for (const page of pages) expect(files[page]).toMatch(/langs\.(flatMap|map)\(/);
	});

	it('reads the synthetic entries in place, with no schema to validate them', () => {
		expect(files['src/content.config.ts']).toContain('base: "file:///tmp/synthetic/content/businesses/"');
		expect(files['src/content.config.ts']).not.toMatch(/schema/);
	});

	it('renders each MDX story once, on its profile, and indexes the site with Pagefind', () => {
		const rendering = pages.filter((page) => files[page]!.includes('render('));
		expect(rendering).toEqual(['src/pages/[...lang]/producers/[slug]/index.astro']);
		expect(files['astro.config.mjs']).toContain('integrations: [mdx(), pagefind]');
		expect(files['astro.config.mjs']).toContain('Indexed ${page_count} pages in');
	});

	it('carries nothing of ours: no components, images, styles or scripts', () => {
		for (const page of pages) {
			expect(files[page]).not.toMatch(/astro:assets|<Image|<Picture|<style|<script|\.css|components\//);
		}
	});

	it('is a closed front matter and a template per page', () => {
		for (const page of pages) expect(files[page]!.split('\n---\n')).toHaveLength(2);
	});
});
