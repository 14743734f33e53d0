/** The feeds of new and updated producers: Atom that parses as XML, JSON Feed that parses as JSON, per language, dated by the entries. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { contentDir, distDir, siteOrigin } from '../support/paths';
import { readXml } from '../support/xml';

const site = readBuiltSite();
const languages = [
	{ lang: 'kk', folder: '' },
	{ lang: 'ru', folder: '/ru' },
	{ lang: 'en', folder: '/en' },
];

/** Each entry's slug and the day it last changed for a reader: listed, or checked since. */
const updated = Object.fromEntries(
	readdirSync(join(contentDir, 'businesses')).map((slug) => {
		const data = parseYaml(readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8').split(/^---$/m)[1]!);
		return [slug, new Date(Math.max(new Date(data.listed).getTime(), new Date(data.lastChecked).getTime())).toISOString()];
	}),
);
const siteName: Record<string, string> = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')).name;
const slugOf = (url: string) => new URL(url).pathname.split('/').at(-2)!;

describe.each(languages)('the $lang feeds', ({ lang, folder }) => {
	const atom = readXml(`${folder.slice(1)}${folder ? '/' : ''}feed.xml`).feed;
	const json = JSON.parse(readFileSync(join(distDir, folder, 'feed.json'), 'utf8'));

	it('Atom: one entry per producer, newest first, each dated from its entry', () => {
		const entries: { id: string; updated: string; link: { '@href': string }[] }[] = atom.entry;
		expect(entries.map((entry) => slugOf(entry.id)).sort()).toEqual(Object.keys(updated).sort());
		for (const entry of entries) expect(entry.updated).toBe(updated[slugOf(entry.id)]);
		expect(entries.map((entry) => entry.updated)).toEqual(
			entries
				.map((entry) => entry.updated)
				.sort()
				.reverse(),
		);
		expect(atom.updated).toBe(entries[0]!.updated);
	});

	it('Atom: links lead to the producer pages in the feed’s language', () => {
		for (const entry of atom.entry) {
			const href = entry.link[0]['@href'];
			expect(href.startsWith(`${siteOrigin}${folder}/producers/`)).toBe(true);
			expect(site.pages).toContain(href.replace(siteOrigin, ''));
		}
	});

	it('JSON Feed: the same producers, with their pages and dates', () => {
		expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
		expect(json.feed_url).toBe(`${siteOrigin}${folder}/feed.json`);
		expect(json.items.map((item: { url: string }) => item.url)).toEqual(
			atom.entry.map((entry: { link: { '@href': string }[] }) => entry.link[0]!['@href']),
		);
		for (const item of json.items) expect(item.date_modified).toBe(updated[slugOf(item.id)]);
	});

	it('every page of the language names both feeds in its head', () => {
		const pages = site.pages.filter((page) => (folder ? page.startsWith(`${folder}/`) : !/^\/(ru|en)\//.test(page)));
		const missing = pages.filter((page) => {
			const head = site.document(page).querySelector('head')!;
			return (
				head.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') !== `${folder}/feed.xml` ||
				head.querySelector('link[rel="alternate"][type="application/feed+json"]')?.getAttribute('href') !== `${folder}/feed.json`
			);
		});
		expect(missing).toEqual([]);
	});

	it('is titled in its language', () => {
		expect(atom.title).toContain(siteName[lang]);
		expect(json.title).toBe(atom.title);
	});
});
