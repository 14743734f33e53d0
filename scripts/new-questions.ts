/** The questions `npm run new` asks, in the order of the submit form, each naming the entry path it fills. */
import en from '../src/i18n/en.json' with { type: 'json' };
import kk from '../src/i18n/kk.json' with { type: 'json' };
import type { InputKind } from '../src/entry/entry-input.ts';
import { availabilities } from '../src/schemas/product.ts';
import { type VocabularyName, label, vocabularies } from '../src/schemas/vocabulary.ts';

export interface Question {
	/** Where the answer goes in the entry; inside a row, relative to it. */
	path: string;
	kind: InputKind;
	/** The dictionary key of the question (src/i18n), shown in Kazakh and English. */
	label: string;
	/** The language the answer is written in, for localized texts. */
	lang?: 'kk' | 'ru' | 'en';
	optional?: boolean;
	/** The choices, answered by number. */
	choices?: { id: string; label: string }[];
	/** Several choices at once. */
	many?: boolean;
	/** The first question of a row: skipping it (from the second row on) ends the list. */
	starts?: boolean;
	/** The dictionary key that titles the row, with {number}. */
	row?: string;
}

/** A vocabulary as numbered choices, labelled in Kazakh and English. */
function choices(name: VocabularyName): { id: string; label: string }[] {
	return Object.keys(vocabularies[name]).map((id) => ({ id, label: `${label(name, id, 'kk')} / ${label(name, id, 'en')}` }));
}

/** A text in Kazakh, with optional Russian and English translations. */
function localized(path: string, key: string, optional = false): Question[] {
	return [
		{ path: `${path}.kk`, kind: 'text', label: key, lang: 'kk', optional },
		{ path: `${path}.ru`, kind: 'text', label: key, lang: 'ru', optional: true },
		{ path: `${path}.en`, kind: 'text', label: key, lang: 'en', optional: true },
	];
}

export const businessQuestions: Question[] = [
	...localized('name', 'submit.field.name'),
	{ path: 'owner', kind: 'text', label: 'submit.field.owner' },
	...localized('summary', 'submit.field.summary'),
	{ path: 'category', kind: 'text', label: 'submit.field.category', choices: choices('categories') },
	{ path: 'village', kind: 'text', label: 'submit.field.village', choices: choices('places') },
	{ path: 'since', kind: 'whole', label: 'submit.field.since' },
	{ path: 'jobs', kind: 'whole', label: 'submit.field.jobs', optional: true },
	{ path: 'deliveryAreas', kind: 'list', label: 'submit.field.deliveryAreas', choices: choices('deliveryAreas'), many: true },
	{ path: 'deliveryModes', kind: 'list', label: 'submit.field.deliveryModes', choices: choices('deliveryModes'), many: true },
	{ path: 'payments', kind: 'list', label: 'submit.field.payments', choices: choices('paymentMethods'), many: true },
	{ path: 'contacts.whatsapp', kind: 'phone', label: 'submit.field.whatsapp', optional: true },
	{ path: 'contacts.phone', kind: 'phone', label: 'submit.field.phone', optional: true },
	{ path: 'contacts.telegram', kind: 'handle', label: 'submit.field.telegram', optional: true },
	{ path: 'contacts.instagram', kind: 'handle', label: 'submit.field.instagram', optional: true },
	{ path: 'address.kk', kind: 'text', label: 'submit.field.address', optional: true },
];

export const photoQuestions: Question[] = [
	{ path: 'src', kind: 'photo', label: 'submit.field.photoFile', starts: true, row: 'submit.photo' },
	{ path: 'alt.kk', kind: 'text', label: 'submit.field.photoAlt', row: 'submit.photo' },
];

const availability = availabilities.map((id) => ({ id, label: `${kk[`product.${id}`]} / ${en[`product.${id}`]}` }));

export const productQuestions: Question[] = [
	{ path: 'name.kk', kind: 'text', label: 'submit.field.productName', starts: true },
	{ path: 'description.kk', kind: 'text', label: 'submit.field.description', optional: true },
	{ path: 'price', kind: 'whole', label: 'submit.field.price' },
	{ path: 'unit', kind: 'text', label: 'submit.field.unit', choices: choices('units') },
	{ path: 'minOrder', kind: 'whole', label: 'submit.field.minOrder', optional: true },
	{ path: 'availability', kind: 'text', label: 'submit.field.availability', choices: availability },
	{ path: 'leadDays', kind: 'whole', label: 'submit.field.leadDays', optional: true },
	{ path: 'wholesale.price', kind: 'whole', label: 'submit.field.wholesalePrice', optional: true },
	{ path: 'wholesale.from', kind: 'whole', label: 'submit.field.wholesaleFrom', optional: true },
	{ path: 'season.kk', kind: 'text', label: 'submit.field.season', optional: true },
	{ path: 'photo', kind: 'photo', label: 'submit.field.productPhoto' },
].map((question) => ({ ...question, row: 'submit.product' }) as Question);

export const financingQuestions: Question[] = [
	{ path: 'programme', kind: 'text', label: 'submit.field.programme', choices: choices('programmes'), optional: true, starts: true },
	{ path: 'year', kind: 'whole', label: 'submit.field.year' },
	{ path: 'amount', kind: 'whole', label: 'submit.field.amount', optional: true },
	{ path: 'rate', kind: 'decimal', label: 'submit.field.rate', optional: true },
	{ path: 'purpose.kk', kind: 'text', label: 'submit.field.purpose', optional: true },
].map((question) => ({ ...question, row: 'submit.financingItem' }) as Question);
