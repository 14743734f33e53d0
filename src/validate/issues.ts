import type { RuleId } from './messages.ts';
import type { Finding } from './problem.ts';
import { shown } from './problem.ts';
import type { FieldInfo } from '../schemas/schema-info.ts';

/** The parts of a Zod 4 issue the mapping reads. */
export interface Issue {
	code: string;
	path: PropertyKey[];
	message: string;
	input?: unknown;
	origin?: string;
	expected?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	inclusive?: boolean;
	values?: unknown[];
	keys?: string[];
	params?: { finding?: Finding };
}

/** What the mapping knows of the field an issue is about. */
export interface Field {
	/** The value written in the entry, or undefined. */
	value: unknown;
	/** Whether the field is written at all. */
	present: boolean;
	info: FieldInfo;
}

/** Fields whose rule follows from their name, whatever Zod found wrong with them. */
const byName: Record<string, RuleId> = {
	price: 'price',
	amount: 'amount',
	since: 'year',
	year: 'year',
	rate: 'rate',
	whatsapp: 'phone',
	phone: 'phone',
	telegram: 'handle',
	instagram: 'handle',
	listed: 'date',
	lastChecked: 'date',
	minOrder: 'count',
	jobs: 'count',
	leadDays: 'count',
	from: 'count',
	stand: 'count',
	date: 'date',
};

const examples: Partial<Record<RuleId, string>> = {
	price: 'e.g. 1200',
	amount: 'e.g. 6900000',
	year: 'e.g. 2021',
	rate: 'e.g. 2.5',
	phone: 'e.g. +7 700 123 45 67 or 8 (700) 123-45-67',
	handle: 'e.g. aqbala_plastik',
	date: 'e.g. 2026-11-20',
	count: 'a whole number, e.g. 3',
	'contact-missing': 'e.g. whatsapp: +7 700 123 45 67',
	'type-text': 'text',
	'type-list': 'a list, e.g. [pickup, courier]',
	'type-boolean': 'true or false',
};

/** Turns one Zod issue into the rule it breaks, with what was found and what is expected. */
export function findingFor(issue: Issue, field: Field): Finding {
	if (issue.params?.finding) return issue.params.finding;
	const found = shown(field.value);
	if (!field.present) return { rule: 'required', found, expected: field.info.description ?? 'a value' };
	const key = issue.path.at(-1);
	const named = typeof key === 'string' ? byName[key] : undefined;
	if (named) return { rule: named, found, expected: bound(issue) ?? examples[named]! };
	switch (issue.code) {
		case 'invalid_value':
			return { rule: 'choice', found, expected: `one of: ${(issue.values ?? []).join(', ')}` };
		case 'custom':
			return issue.path.at(-1) === 'contacts'
				? { rule: 'contact-missing', found, expected: examples['contact-missing']! }
				: fallback(issue, found);
		case 'too_small':
			if (issue.origin === 'string') return { rule: 'text-empty', found, expected: field.info.description ?? 'some text' };
			if (issue.origin === 'array')
				return { rule: 'list-empty', found, expected: field.info.description ?? `at least ${issue.minimum} item(s)` };
			return fallback(issue, found);
		case 'too_big':
			if (issue.origin === 'string')
				return {
					rule: 'text-too-long',
					found: `${String(field.value).length} characters`,
					expected: `at most ${issue.maximum} characters`,
				};
			if (issue.origin === 'array')
				return { rule: 'list-too-long', found: `${(field.value as unknown[]).length} items`, expected: `at most ${issue.maximum} items` };
			return fallback(issue, found);
		case 'invalid_type':
			return typeFinding(issue, field, found);
		default:
			return fallback(issue, found);
	}
}

/** The closest allowed field to a misspelt one, or the list of allowed fields. */
export function unknownField(key: string, allowed: string[]): Finding {
	const close = allowed.filter((name) => distance(name.toLowerCase(), key.toLowerCase()) <= 2);
	return {
		rule: 'unknown-field',
		found: JSON.stringify(key),
		expected: close.length > 0 ? close.join(' or ') : `one of: ${allowed.join(', ')}`,
	};
}

function typeFinding(issue: Issue, field: Field, found: string): Finding {
	switch (issue.expected) {
		case 'string':
			return { rule: 'type-text', found, expected: examples['type-text']! };
		case 'array':
			return { rule: 'type-list', found, expected: examples['type-list']! };
		case 'boolean':
			return { rule: 'type-boolean', found, expected: examples['type-boolean']! };
		case 'object':
			return {
				rule: 'type-object',
				found,
				expected: field.info.keys.length > 0 ? `fields: ${field.info.keys.join(', ')}` : 'a group of fields',
			};
		default:
			return fallback(issue, found);
	}
}

/** The limit a number broke, when that is what Zod reports. */
function bound(issue: Issue): string | undefined {
	if (issue.origin !== 'number') return undefined;
	if (issue.code === 'too_big') return issue.inclusive === false ? `less than ${issue.maximum}` : `at most ${issue.maximum}`;
	if (issue.code === 'too_small' && issue.minimum !== 0)
		return issue.inclusive === false ? `more than ${issue.minimum}` : `${issue.minimum} or more`;
	return undefined;
}

function fallback(issue: Issue, found: string): Finding {
	return { rule: 'invalid', found, expected: issue.message };
}

/** Edit distance between two short words, for "did you mean". */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}
