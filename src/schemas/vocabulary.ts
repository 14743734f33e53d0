import { z } from 'astro/zod';
import type { Locale } from '../lib/locale.ts';
import { parseConfig } from './config-file.ts';
import categories from '../../content/vocabularies/categories.json' with { type: 'json' };
import deliveryAreas from '../../content/vocabularies/delivery-areas.json' with { type: 'json' };
import deliveryModes from '../../content/vocabularies/delivery-modes.json' with { type: 'json' };
import paymentMethods from '../../content/vocabularies/payment-methods.json' with { type: 'json' };
import places from '../../content/vocabularies/places.json' with { type: 'json' };
import programmes from '../../content/vocabularies/programmes.json' with { type: 'json' };
import units from '../../content/vocabularies/units.json' with { type: 'json' };

/** One term of a controlled vocabulary: its label in Kazakh and, for every other language, a translation. */
const termSchema = z.object({ kk: z.string().min(1).describe('The label in Kazakh, e.g. "Наубайхана".') }).catchall(z.unknown());

export type Term = z.infer<typeof termSchema>;

/** A vocabulary file: each term under its id, the id written in lower-case letters, digits and hyphens. */
const vocabularySchema = z.record(
	z.string().regex(/^[a-z0-9-]+$/, 'An id is lower-case Latin letters, digits and hyphens: "kazpost".'),
	termSchema,
);

/** Every controlled vocabulary, kept as data in content/vocabularies so a district can change its own. */
export const vocabularies = {
	categories: parse('categories', categories),
	places: parse('places', places),
	deliveryAreas: parse('delivery-areas', deliveryAreas),
	deliveryModes: parse('delivery-modes', deliveryModes),
	paymentMethods: parse('payment-methods', paymentMethods),
	programmes: parse('programmes', programmes),
	units: parse('units', units),
};

export type VocabularyName = keyof typeof vocabularies;

function parse(file: string, data: unknown): Record<string, Term> {
	return parseConfig(`content/vocabularies/${file}.json`, vocabularySchema, data);
}

/** A field that must hold one id of a vocabulary; the error lists what is allowed. */
export function term(name: VocabularyName) {
	const ids = Object.keys(vocabularies[name]) as [string, ...string[]];
	return z.enum(ids, {
		error: (issue) => `Unknown value ${JSON.stringify(issue.input)}. Allowed: ${ids.join(', ')} (content/vocabularies).`,
	});
}

/** The label of a vocabulary term in a locale, or its Kazakh label: label('units', 'kg', 'ru') -> «кг». */
export function label(name: VocabularyName, id: string, locale: Locale): string {
	const term = vocabularies[name][id];
	const own = term?.[locale];
	return typeof own === 'string' && own ? own : (term?.kk ?? id);
}

/** The UN/CEFACT (Recommendation 20) code of a unit, as schema.org's unitCode wants it: unitCode('kg') -> «KGM». */
export function unitCode(id: string): string | undefined {
	const code = vocabularies.units[id]?.['unece'];
	return typeof code === 'string' ? code : undefined;
}
