import { z } from 'astro/zod';
import { slugPattern } from '../lib/slug.ts';
import { localized } from './localized.ts';

/** One producer at one stand: the entry folder's name and the number on the stand. */
const standSchema = z.strictObject({
	producer: z.string().regex(slugPattern).describe('The folder name of the entry in content/businesses, e.g. aqbala-plastik.'),
	stand: z.number().int().positive().max(9999).describe('The stand number, as on the floor plan; each stand once per exhibition.'),
});

/** One exhibition: content/exhibitions/<id>.yaml, where <id> becomes its address. */
export const exhibitionSchema = z.strictObject({
	name: localized(120).describe('The exhibition’s name, in Kazakh; ru/en optional.'),
	date: z.coerce.date().describe('The day it opened (YYYY-MM-DD).'),
	venue: localized(160).describe('Where it was held: the building and the village or town.'),
	text: localized(600).describe('A few sentences on what it was, for its page.'),
	participants: z.array(standSchema).min(1).max(500).describe('The producers who took part, each with its stand.'),
	sample: z.boolean().default(false).describe('True when the date, venue or stands are invented for the sample site.'),
});
