import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { latestToday } from '../lib/dates.ts';
import { businessSchema } from '../schemas/business.ts';
import type { FrontMatter } from './frontmatter.ts';
import { maintainerField, maintainerFields } from './featured.ts';
import { invisibleInFields } from './invisible.ts';
import { type Issue, findingFor, unknownField } from './issues.ts';
import { limits } from './limits.ts';
import { type FieldPath, fieldName } from '../lib/field-path.ts';
import { type Folder, checkPhotoPath } from './photo-path.ts';
import { type Problem, type Finding, problem } from './problem.ts';
import { dateFields, fieldInfo } from '../schemas/schema-info.ts';
import { repeatedValues } from './values.ts';

/** How the fields' photos are checked: the path rules always, the file itself when a checker is given. */
export interface PhotoChecks extends Folder {
	/** Checks the photo file at a path relative to the entry folder (format, size, dimensions). */
	inspect?: (relative: string) => Promise<Finding | undefined>;
}

/**
 * The `image()` the schema is given here instead of Astro's: a string that follows the photo path rules, and whose
 * file, when it can be read, is a photo within the limits. Each broken rule is one Zod issue carrying its finding.
 */
function photoField(photos: PhotoChecks): SchemaContext['image'] {
	return (() =>
		z.string().superRefine(async (value, context) => {
			const finding = checkPhotoPath(value, photos) ?? (await photos.inspect?.(value.replace(/^\.\//, '')));
			if (finding) context.addIssue({ code: 'custom', message: finding.rule, params: { finding }, input: value });
		})) as unknown as SchemaContext['image'];
}

/** Checks an entry's fields against the business schema and says, for each issue, which rule it breaks and where. */
export async function checkFields(file: string, frontMatter: FrontMatter, photos: PhotoChecks): Promise<Problem[]> {
	return checkSchema(file, frontMatter, businessSchema({ image: photoField(photos) }));
}

/** Checks parsed fields against any content schema: each issue as the rule it breaks, at the line it is on. */
export async function checkSchema(file: string, frontMatter: FrontMatter, schema: z.ZodType): Promise<Problem[]> {
	const result = await schema.safeParseAsync(frontMatter.data, { reportInput: true });
	const problems = result.success ? [] : result.error.issues.flatMap((issue) => issueProblems(issue as Issue, schema, file, frontMatter));
	const reported = new Set(problems.map((problem) => problem.field));
	const dates = dateFields(schema)
		.filter((field) => !reported.has(field))
		.flatMap((field) => checkDate(file, frontMatter, field));
	const acrossFields = [...repeatedValues(frontMatter.data), ...invisibleInFields(frontMatter.data)].map(({ path, finding }) =>
		at(file, frontMatter, path, finding),
	);
	return [
		...problems,
		...dates,
		...checkDateOrder(file, frontMatter, [...reported, ...dates.map((problem) => problem.field)]),
		...acrossFields,
	];
}

/**
 * A date must be written YYYY-MM-DD and exist. The schema coerces whatever Date() accepts, so 01.11.2026 would
 * become 11 January and 2026-13-45 next February without this.
 */
function checkDate(file: string, frontMatter: FrontMatter, field: string): Problem[] {
	const value = frontMatter.written([field]);
	if (value === undefined || value === null) return [];
	const text = writtenText(value);
	const time = Date.parse(`${text}T00:00:00Z`);
	const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
	if (!real) return [at(file, frontMatter, [field], { rule: 'date', found: JSON.stringify(text), expected: 'e.g. 2026-11-20' })];
	// A day after today would sort the entry first and say «checked 2099»; ISO days compare as text.
	if (text > latestToday())
		return [at(file, frontMatter, [field], { rule: 'date-future', found: text, expected: 'today or an earlier day' })];
	if (text < limits.earliestDate)
		return [at(file, frontMatter, [field], { rule: 'date-too-old', found: text, expected: `${limits.earliestDate} or later` })];
	return [];
}

/** A YAML value as the contributor wrote it: a scalar as its text, anything else as JSON, nothing as empty. */
function writtenText(value: unknown): string {
	if (value === undefined || value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The details cannot have been checked with the owner before the entry was listed. */
function checkDateOrder(file: string, frontMatter: FrontMatter, broken: readonly string[]): Problem[] {
	if (broken.includes('listed') || broken.includes('lastChecked')) return [];
	const listed = writtenText(frontMatter.written(['listed']));
	const checked = writtenText(frontMatter.written(['lastChecked']));
	return checked < listed
		? [
				at(file, frontMatter, ['lastChecked'], {
					rule: 'date-order',
					found: `lastChecked ${checked}, listed ${listed}`,
					expected: `${listed} or later`,
				}),
			]
		: [];
}

function issueProblems(issue: Issue, schema: unknown, file: string, frontMatter: FrontMatter): Problem[] {
	if (issue.code === 'unrecognized_keys') {
		const allowed = fieldInfo(schema, issue.path).keys;
		const finding = (key: string) =>
			issue.path.length === 0 && Object.hasOwn(maintainerFields, key)
				? maintainerField(key, frontMatter.data[key])
				: unknownField(key, allowed);
		return (issue.keys ?? []).map((key) => at(file, frontMatter, [...issue.path, key], finding(key)));
	}
	const { value, present } = lookup(frontMatter.data, issue.path);
	return [
		at(file, frontMatter, issue.path, findingFor(issue, { value, present, info: fieldInfo(schema, shownPath(frontMatter, issue.path)) })),
	];
}

/** A problem at a field, named as the reader sees it in the file. */
function at(file: string, frontMatter: FrontMatter, path: FieldPath, finding: Finding): Problem {
	return problem({ file, line: frontMatter.locate(path).line, field: fieldName(shownPath(frontMatter, path)) }, finding);
}

/** The path as written: one that runs into a plain value (name.kk of `name: Дәмді нан`) stops at that value. */
function shownPath(frontMatter: FrontMatter, path: FieldPath): FieldPath {
	const located = frontMatter.locate(path);
	return located.scalar ? path.slice(0, located.depth) : path;
}

/** The value at a path in the parsed fields, and whether it is written at all. */
function lookup(data: unknown, path: FieldPath): { value: unknown; present: boolean } {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object')
			return { value: typeof value === 'string' ? value : undefined, present: typeof value === 'string' };
		if (!Object.hasOwn(value, key)) return { value: undefined, present: false };
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return { value, present: value !== undefined && value !== null };
}
