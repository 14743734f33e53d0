import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { fieldName } from '../lib/field-path.ts';
import { fieldInfo } from './schema-info.ts';

/** Where each configuration file's fields are described, for the hint of its error. */
const guide = 'docs/content-model.md';

/** The line that tells the reader what to write: the field's description in its schema. */
const expected = (description: string | undefined) => (description ? `\n    Expected: ${description}` : '');

/** One block per problem: the field, what is wrong with it, what the file holds there now, and what to write. */
function problemLines(schema: z.ZodType, error: z.ZodError): string[] {
	return error.issues.flatMap((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map(
				(key) => `  ${fieldName([...issue.path, key])}\n    Not a field of this file: remove it, or correct its spelling.`,
			);
		}
		const field = fieldName(issue.path) || '(the whole file)';
		const input = 'input' in issue ? issue.input : undefined;
		const problem = issue.code === 'invalid_type' && input === undefined ? 'Missing: this field is required.' : issue.message;
		const found = input === undefined ? '' : `\n    Found: ${JSON.stringify(input).slice(0, 80)}`;
		return [`  ${field}\n    ${problem}${found}${expected(fieldInfo(schema, issue.path).description)}`];
	});
}

/**
 * Checks one of our JSON configuration files (content/site.json, content/vocabularies/*.json, …) against its schema.
 * A bad file stops the build with an error that names the file and each field, says what is expected there and what
 * was found, keeping the Zod error as its `cause`.
 */
export function parseConfig<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown): z.output<Schema> {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return result.data;
	const error = new AstroError(
		`${file} does not hold what the site expects:\n${problemLines(schema, result.error).join('\n')}`,
		`Correct the fields named above in ${file} (every field is described in ${guide}, and in the schema that reads the file).`,
	);
	throw Object.assign(error, { cause: result.error });
}
