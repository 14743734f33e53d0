import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { businessSchema } from './schemas/business';

/** One business per folder: content/businesses/<slug>/index.mdx, its photos beside it. */
const businesses = defineCollection({
	loader: glob({
		pattern: '*/index.mdx',
		base: './content/businesses',
		// The folder name is the slug: readable, chosen once, never derived again.
		generateId: ({ entry }) => entry.split('/')[0]!,
	}),
	schema: businessSchema,
});

export const collections = { businesses };
