/**
 * Reads an issue written with the "Add my business" form back into an entry. The issue text is untrusted and
 * is treated as data only: every answer is copied as it was typed (trimmed), never interpreted, so `{...}`,
 * `<script>` or `---` reach the entry unchanged and the validator, not this parser, refuses what is unsafe.
 * The parser only maps what the form itself offers (choices, numbers, product columns, the usual writing of phones
 * and user names) to the entry's fields. The attached photos are found by issue-photos.ts.
 */
import { phoneNumber, userName, wholeNumber } from '../../src/entry/entry-input.ts';
import {
	availabilityWords,
	formFields,
	optionLabel,
	productColumnSeparator,
	type FormVocabularies,
	type Vocabulary,
} from './issue-form-fields.ts';

/** The answers of an issue, by field id; '' where the field was left empty or is missing. */
export type IssueAnswers = Record<string, string>;

/** Something the validator cannot see but that stops the entry: said in Kazakh and English. */
export interface IssueProblem {
	field: string;
	kk: string;
	en: string;
}

/** What GitHub writes for a field that was left empty. */
const noResponse = '_No response_';

/** Splits an issue body into the form's answers, by the form's own headings (`### Label`). */
export function readAnswers(body: string): IssueAnswers {
	const text = `\n${body.replace(/\r\n?/g, '\n')}\n`;
	const found: { id: string; start: number; end: number }[] = [];
	let from = 0;
	// Headings are looked for in form order, and only the form's own: a `### ` line typed inside an answer stays in it.
	for (const field of formFields) {
		const heading = new RegExp(`\\n###[ \\t]+${escapeRegExp(field.label)}[ \\t]*\\n`, 'g');
		heading.lastIndex = from;
		const match = heading.exec(text);
		if (!match) continue;
		found.push({ id: field.id, start: match.index, end: match.index + match[0].length });
		from = match.index + match[0].length - 1;
	}
	const answers: IssueAnswers = Object.fromEntries(formFields.map((field) => [field.id, '']));
	found.forEach((section, index) => {
		const value = text.slice(section.end, found[index + 1]?.start ?? text.length).trim();
		answers[section.id] = value === noResponse ? '' : value;
	});
	return answers;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The photos as the entry refers to them, with their texts for people who cannot see them. */
export interface EntryPhoto {
	src: string;
	alt: string;
}

/** An entry's front matter as read from an issue: the shape of src/schemas/business.ts, not yet validated. */
type EntryDraft = Record<string, unknown>;

export interface IssueEntry {
	data: EntryDraft;
	/** The story, as typed: the body of index.mdx. */
	story: string;
	problems: IssueProblem[];
}

/** Dates the issue cannot give: when the entry is listed and when its details were last confirmed. */
export interface EntryDates {
	listed: string;
	lastChecked: string;
}

/** Builds the entry from an issue's answers and the photos already saved in the entry folder. */
export function issueToEntry(
	answers: IssueAnswers,
	vocabularies: FormVocabularies,
	photos: readonly EntryPhoto[],
	dates: EntryDates,
): IssueEntry {
	const problems: IssueProblem[] = [];
	if (!/-\s*\[[xX]\]/.test(answers.consent ?? '')) {
		problems.push({
			field: 'consent',
			kk: 'Келісім белгіленбеген: мәліметтердің шын екенін және иесінің жариялауға келісетінін растаңыз.',
			en: 'Consent is not ticked: confirm that the details are true and that the owner agrees to publish them.',
		});
	}
	const products = productLines(answers.products ?? '').map((line, index) => {
		const { product, photoNumber } = readProduct(line, vocabularies.units);
		const chosen = photoNumber === undefined ? undefined : photos[photoNumber - 1];
		if (photoNumber !== undefined && !chosen) {
			problems.push({
				field: `products[${index}].photo`,
				kk: `${index + 1}-өнім ${photoNumber}-суретті көрсетеді, бірақ ${photos.length} ғана сурет тіркелген.`,
				en: `Product ${index + 1} points to photo ${photoNumber}, but only ${photos.length} photos are attached.`,
			});
		}
		// Without a number of its own, a product shows the cover; the reviewer sees that in the pull request.
		const photo = chosen ?? photos[0];
		return photo ? { ...product, photo: photo.src } : product;
	});
	const data: EntryDraft = {
		name: localizedAnswer(answers, 'name'),
		owner: answers.owner ?? '',
		summary: localizedAnswer(answers, 'summary'),
		category: chooseOne(answers.category ?? '', vocabularies.categories),
		village: chooseOne(answers.village ?? '', vocabularies.places),
		since: wholeNumber(answers.since ?? ''),
		...(answers.jobs && { jobs: wholeNumber(answers.jobs) }),
		photos: photos.map(({ src, alt }) => ({ src, alt })),
		products,
		deliveryAreas: chooseMany(answers['delivery-areas'] ?? '', vocabularies['delivery-areas']),
		deliveryModes: chooseMany(answers['delivery-modes'] ?? '', vocabularies['delivery-modes']),
		payments: chooseMany(answers.payments ?? '', vocabularies['payment-methods']),
		contacts: contacts(answers),
		...(answers.address && { address: answers.address }),
		listed: dates.listed,
		lastChecked: dates.lastChecked,
	};
	return { data, story: answers.story ?? '', problems };
}

/** Kazakh text with its translations where given; a plain string when there are none, as entries are usually written. */
function localizedAnswer(answers: IssueAnswers, field: string): string | Record<string, string> {
	const kk = answers[`${field}-kk`] ?? '';
	const translations = Object.fromEntries(
		['ru', 'en'].map((locale) => [locale, answers[`${field}-${locale}`] ?? ''] as const).filter(([, text]) => text),
	);
	return Object.keys(translations).length ? { kk, ...translations } : kk;
}

/** Every way a term may be written, lower-cased, longest first: the form's label, the id, each language's label. */
function spellings(vocabulary: Vocabulary): [string, string][] {
	const pairs: [string, string][] = [];
	for (const [id, term] of Object.entries(vocabulary)) {
		for (const text of [optionLabel(term), id, term.kk, term.ru, term.en]) if (text) pairs.push([text.toLowerCase(), id]);
	}
	return pairs.sort((a, b) => b[0].length - a[0].length);
}

/** The id of the term chosen in a single-choice field; unknown text is kept as it is, for the validator to refuse. */
function chooseOne(answer: string, vocabulary: Vocabulary): string {
	const lower = answer.toLowerCase();
	return spellings(vocabulary).find(([text]) => text === lower)?.[1] ?? answer;
}

/**
 * The ids chosen in a multiple-choice field. GitHub joins the choices with ", ", and labels may hold commas
 * themselves («Онлайн (файл, сілтеме)»), so the answer is read term by term, longest label first.
 */
function chooseMany(answer: string, vocabulary: Vocabulary): string[] {
	const terms = spellings(vocabulary);
	const lower = answer.toLowerCase();
	const chosen: string[] = [];
	let at = 0;
	while (at < answer.length) {
		const rest = lower.slice(at);
		const known = terms.find(([text]) => rest.startsWith(text) && /^\s*(,|$)/.test(rest.slice(text.length)));
		const length = known ? known[0].length : rest.search(/,|$/);
		const id = known?.[1] ?? answer.slice(at, at + length).trim();
		if (id && !chosen.includes(id)) chosen.push(id);
		at += length;
		at += /^\s*,?\s*/.exec(answer.slice(at))![0].length;
	}
	return chosen;
}

/** The product lines: one product a line; list markers and blank lines are skipped. */
function productLines(answer: string): string[] {
	return answer
		.split('\n')
		.map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
		.filter(Boolean);
}

const availabilityByWord = new Map(Object.entries(availabilityWords).flatMap(([value, words]) => words.map((word) => [word, value])));

/** One product line, `name | price | unit | availability | min order | photo no.`, read column by column. */
function readProduct(line: string, units: Vocabulary): { product: Record<string, unknown>; photoNumber?: number } {
	const [name = '', price = '', unit = '', availability = '', minOrder = '', photo = ''] = line
		.split(productColumnSeparator)
		.map((cell) => cell.trim());
	const product: Record<string, unknown> = {
		name,
		price: wholeNumber(price.replace(/\s*(?:тг\.?|тенге|теңге|kzt)$/i, '')),
		unit: chooseOne(unit, units),
		...(minOrder && { minOrder: wholeNumber(minOrder) }),
		availability: availabilityByWord.get(availability.toLowerCase()) ?? availability,
	};
	const photoNumber = /^#?\d{1,2}$/.test(photo) ? Number(photo.replace('#', '')) : undefined;
	return photoNumber === undefined ? { product } : { product, photoNumber };
}

/** The contacts given, read the way the submit form reads them: phones in the usual writing, links as user names. */
function contacts(answers: IssueAnswers): Record<string, string> {
	const result: Record<string, string> = {};
	for (const field of ['whatsapp', 'phone'] as const) if (answers[field]) result[field] = phoneNumber(answers[field]);
	for (const field of ['telegram', 'instagram'] as const) if (answers[field]) result[field] = userName(answers[field]);
	return result;
}
