/** Every producer's .vcf in dist/: a strict vCard 3.0 that gives back the entry's numbers and the profile's address. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { contentDir, distDir } from '../support/paths';
import { parseVcard, unescape } from '../support/vcard';

const site = readBuiltSite();
const siteUrl: string = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')).url.replace(/\/$/, '');
const languages = ['', '/ru', '/en'];

/** The entries' front matter, read here with a YAML parser of its own. */
const entries = readdirSync(join(contentDir, 'businesses')).map((slug) => {
	const text = readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8');
	const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as {
		name: string | { kk: string };
		contacts: Record<string, string | undefined>;
	};
	return { slug, data };
});

/** The ten national digits of a number however it is written: +7 700 000 00 01 -> 7000000001. */
const national = (number: string) => number.replace(/\D/g, '').slice(-10);

describe.each(languages)('the vCards in %s/', (lang) => {
	it.each(entries)('$slug.vcf parses and round-trips the entry', ({ slug, data }) => {
		const text = readFileSync(join(distDir, lang, 'producers', `${slug}.vcf`), 'utf8');
		const properties = parseVcard(text);
		const values = (name: string) => properties.filter((property) => property.name === name).map(({ value }) => unescape(value));
		expect(values('FN')).toEqual([typeof data.name === 'string' ? data.name : data.name.kk]);
		const numbers = new Set([data.contacts['whatsapp'], data.contacts['phone']].filter(Boolean).map((number) => `+7${national(number!)}`));
		expect(new Set(values('TEL'))).toEqual(numbers);
		expect(values('URL')).toContain(`${siteUrl}${lang}/producers/${slug}/`);
		if (data.contacts['instagram'])
			expect(values('URL')).toContain(`https://www.instagram.com/${data.contacts['instagram'].replace(/^@/, '')}/`);
		if (data.contacts['telegram']) expect(values('URL')).toContain(`https://t.me/${data.contacts['telegram'].replace(/^@/, '')}`);
	});

	it('each profile offers its vCard', () => {
		for (const { slug } of entries) {
			expect(
				site.document(`${lang}/producers/${slug}/`).querySelectorAll(`a[download][href="${lang}/producers/${slug}.vcf"]`).length,
			).toBeGreaterThan(0);
		}
	});
});
