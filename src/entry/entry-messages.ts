import type { z } from 'astro/zod';
import type { EntryData, EntryValue } from './entry-mdx.ts';

/**
 * Says in plain words what the schema found wrong with an answer, for the submit form and `npm run new`: one
 * sentence per kind of field (src/i18n, keys submit.error.*) that says what to write instead. The validator's
 * messages (src/validate) are for files already written; these are for a person still typing.
 */

/** A message as a dictionary key and the values it needs. */
export interface AnswerMessage {
	key: string;
	values?: Record<string, string | number>;
}

/** What a wrong value in each field calls for, by the field's name in the entry. */
const byField: Record<string, string> = {
	price: 'price',
	amount: 'price',
	since: 'year',
	year: 'year',
	jobs: 'number',
	minOrder: 'number',
	leadDays: 'number',
	from: 'number',
	rate: 'rate',
	whatsapp: 'phone',
	phone: 'phone',
	telegram: 'handle',
	instagram: 'handle',
	src: 'photoName',
	photo: 'photoName',
	contacts: 'contact',
	deliveryAreas: 'choose',
	deliveryModes: 'choose',
	payments: 'choose',
	category: 'chooseOne',
	village: 'chooseOne',
	unit: 'chooseOne',
	availability: 'chooseOne',
	programme: 'chooseOne',
};

/** The message for one schema issue, given the data that was checked. */
export function messageFor(issue: z.core.$ZodIssue, data: EntryData): AnswerMessage {
	const field = [...issue.path].reverse().find((key): key is string => typeof key === 'string') ?? '';
	const known = byField[field];
	const missing = valueAt(data, issue.path) === undefined;
	if (field === 'contacts') return { key: 'submit.error.contact' };
	if (missing) return { key: known === 'choose' || known === 'chooseOne' ? `submit.error.${known}` : 'submit.error.required' };
	if (issue.code === 'too_big' && issue.origin === 'string') return { key: 'submit.error.tooLong', values: { max: Number(issue.maximum) } };
	if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'submit.error.required' };
	return { key: `submit.error.${known ?? 'invalid'}` };
}

/** The value at a path in the data, or undefined where nothing was given. */
function valueAt(data: EntryData, path: readonly PropertyKey[]): EntryValue | undefined {
	let value: EntryValue | EntryData | undefined = data;
	for (const key of path) {
		if (value === undefined || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, EntryValue | undefined>)[key];
	}
	return value;
}
