import { invisibleCharacter } from '../lib/invisible.ts';
import type { FieldPath } from '../lib/field-path.ts';
import type { Finding } from './problem.ts';
import { fieldValues } from './values.ts';

const expected = 'the text without it: delete the character (or type the text again)';

/**
 * The first invisible character of a text as a finding, with the few characters before it to find it by; the
 * character itself is named, never shown, so it cannot turn the message around too.
 */
export function invisibleFinding(text: string): Finding | undefined {
	const found = invisibleCharacter(text);
	if (!found) return undefined;
	const before = [...text.slice(0, found.index)].slice(-12).join('').trimStart();
	return {
		rule: 'text-invisible',
		found: `${found.code} (${found.name}) ${before ? `after ${JSON.stringify(before)}` : 'at the start'}`,
		expected,
	};
}

/** Each line of an entry's text that holds an invisible character: one finding per line. */
export function invisibleInText(source: string): Finding[] {
	return source.split('\n').flatMap((line, index) => {
		const finding = invisibleFinding(line.replace(/\r$/, ''));
		return finding ? [{ ...finding, line: index + 1 }] : [];
	});
}

/** Each text in the fields that holds an invisible character, by its path: name.kk, products[2].keywords.ru[0]. */
export function invisibleInFields(data: unknown): { path: FieldPath; finding: Finding }[] {
	return [...fieldValues(data)].flatMap(({ path, value }) => {
		const finding = typeof value === 'string' ? invisibleFinding(value) : undefined;
		return finding ? [{ path, finding }] : [];
	});
}
