/** The entries as written in content/businesses, read by the tests with a YAML parser of their own, not the site's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths';

/** The fields of an entry's front matter that the tests compare with the site; the rest is read as written. */
export interface WrittenEntry {
	slug: string;
	data: {
		name: { kk: string; ru?: string; en?: string };
		category: string;
		village: string;
		jobs?: number;
		financing?: { programme: string; year: number; amount?: number }[];
		products: { name: { kk: string; ru?: string; en?: string }; price: number }[];
		listed: string;
		sample?: boolean;
		[field: string]: unknown;
	};
}

/** One entry's front matter. */
export function writtenEntry(slug: string): WrittenEntry {
	const text = readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8');
	// The YAML parser of the tests reads dates as text, as they are written: 2025-10-16.
	return { slug, data: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: 'core' }) as WrittenEntry['data'] };
}

/** A localized text in a language, falling back to Kazakh as the site does. */
export function inLanguage(text: { kk: string; ru?: string; en?: string }, locale: string): string {
	return (text as Record<string, string | undefined>)[locale] ?? text.kk;
}
