import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { type Locale, locales } from '../lib/locale.ts';
import { localized } from './localized.ts';
import { term } from './vocabulary.ts';

/** Whether a product can be bought now: the one list the schema, the forms, the scaffolder and the pages read. */
export const availabilities = ['in-stock', 'made-to-order', 'seasonal'] as const;

export type Availability = (typeof availabilities)[number];

const wholeTenge = z.number().int().positive().max(1_000_000_000);

/**
 * Search keys no visitor sees, for one language: a few words buyers use, not a list of every word a competitor
 * is known by (the validator also refuses other businesses' names among them).
 */
const keywordList = z.array(z.string().trim().min(1).max(40)).max(10).optional();

/** One product a producer sells. */
export function productSchema(image: SchemaContext['image']) {
	return z.strictObject({
		name: localized(80).describe('What the buyer would call it, in Kazakh; ru/en optional.'),
		description: localized(300).optional().describe('One or two sentences: what it is made of, sizes, taste.'),
		price: wholeTenge.describe('Price in whole tenge for one `unit`.'),
		unit: term('units').describe('What the price is for: piece, kg, litre, box, set, portion, order… (content/vocabularies/units.json).'),
		minOrder: z.number().int().positive().default(1).describe('Smallest order, in units.'),
		wholesale: z
			.strictObject({
				price: wholeTenge.describe('Price in whole tenge for one `unit` at wholesale.'),
				from: z.number().int().min(2).describe('How many units make a wholesale order.'),
			})
			.optional()
			.describe('A lower price for large orders, where there is one.'),
		availability: z
			.enum(availabilities)
			.describe('in-stock: ready to sell; made-to-order: made after the order; seasonal: only part of the year.'),
		leadDays: z.number().int().min(0).max(365).optional().describe('Days from order to ready, for made-to-order products.'),
		season: localized(60).optional().describe('When a seasonal product is available, e.g. «шілде–қыркүйек».'),
		photo: image().describe('A photo in the entry folder, e.g. ./photos/cake.jpg (JPEG, PNG or WebP).'),
		keywords: z
			.strictObject(Object.fromEntries(locales.map((locale) => [locale, keywordList])) as Record<Locale, typeof keywordList>)
			.optional()
			.describe('Other words buyers use for it, per language, for search: at most 10 per language, each at most 40 characters.'),
	});
}
