import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { businessSchema } from './schemas/business';
import { exhibitionSchema } from './schemas/exhibition';
import { entriesDir, exhibitionsDir } from './validate/content-files';

/** One business per folder: content/businesses/<slug>/index.mdx, its photos beside it. */
const businesses = defineCollection({
	loader: glob({
		pattern: '*/index.mdx',
		base: `./${entriesDir}`,
		// The folder name is the slug: readable, chosen once, never derived again.
		generateId: ({ entry }) => entry.split('/')[0]!,
	}),
	schema: businessSchema,
});

/**
 * A business's story in another language: content/businesses/<slug>/index.<locale>.mdx beside the entry,
 * Markdown only. Its id is <slug>/<locale>.
 */
const stories = defineCollection({
	loader: glob({
		pattern: '*/index.*.mdx',
		base: `./${entriesDir}`,
		generateId: ({ entry }) => entry.replace(/\/index\.([a-z]{2,3})\.mdx$/, '/$1'),
	}),
	schema: z.strictObject({}),
});

/**
 * The About page, one Markdown file per language: content/about/<locale>.md. Rendered when its page is built, not
 * while content loads: the loader only logs a text the guard refuses, the build stops on it (docs/validation.md).
 */
const about = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/about', deferRender: true }),
	schema: z.strictObject({
		title: z.string().min(1).describe('The page title.'),
		summary: z.string().min(1).describe('One sentence for search engines and link previews.'),
	}),
});

/** The contributor's guide, one Markdown file per language: content/guide/<locale>.md; rendered like the About page. */
const guide = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/guide', deferRender: true }),
	schema: z.strictObject({
		title: z.string().min(1).describe('The page title.'),
		summary: z.string().min(1).describe('One sentence for search engines and link previews.'),
	}),
});

/**
 * One exhibition per file: content/exhibitions/<id>.yaml, its id the file name. The validator checks the
 * participants against the entries before this loads (src/validate/exhibitions.ts).
 */
const exhibitions = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `./${exhibitionsDir}` }),
	schema: exhibitionSchema,
});

export const collections = { businesses, stories, about, guide, exhibitions };
