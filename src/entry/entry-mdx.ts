import { toSlug } from '../lib/slug.ts';
import { entriesDir } from '../validate/content-files.ts';

/**
 * Writes an entry as the text of content/businesses/<slug>/index.mdx: YAML front matter and a Markdown story.
 * Used by the submit form in the browser and by `npm run new`, so both write entries the same way.
 */

/** A value the front matter can hold: what YAML would give back when it reads the file. */
export type EntryValue = string | number | boolean | EntryValue[] | { [key: string]: EntryValue | undefined };

/** The front matter as plain data, keys in the order they should appear. */
export type EntryData = { [key: string]: EntryValue | undefined };

/** The slug of an entry: its folder name, made from the Kazakh name. */
export function entrySlug(data: EntryData): string {
	const name = data['name'];
	const kk = typeof name === 'string' ? name : typeof name === 'object' && !Array.isArray(name) ? name['kk'] : undefined;
	return typeof kk === 'string' ? toSlug(kk) : '';
}

/** Where an entry's file lives in the repository. */
export function entryPath(slug: string): string {
	return `${entriesDir}/${slug}/index.mdx`;
}

/** Where an entry's photos go, and what a photo's src looks like in the front matter. */
export const photosFolder = (slug: string) => `${entriesDir}/${slug}/photos/`;
export const photoSrc = (file: string) => `./photos/${file}`;

/** The whole file: front matter, then the story. */
export function entryMdx(data: EntryData, story = ''): string {
	const body = storyMarkdown(story);
	return `---\n${yamlBlock(data, '')}---\n${body ? `\n${body}\n` : ''}`;
}

/** Lines of a block mapping, each ending in a newline. */
function yamlBlock(data: { [key: string]: EntryValue | undefined }, indent: string): string {
	let out = '';
	for (const [key, value] of Object.entries(data)) {
		if (value === undefined) continue;
		out += `${indent}${yamlKey(key)}:${yamlNested(value, indent)}`;
	}
	return out;
}

/** The part after `key:`: a scalar or flow list on the same line, or a block below it. */
function yamlNested(value: EntryValue, indent: string): string {
	if (Array.isArray(value)) {
		const scalars = value.filter(isScalar);
		if (scalars.length === value.length) return ` [${scalars.map(yamlScalar).join(', ')}]\n`;
		return `\n${value.map((item) => yamlItem(item, `${indent}  `)).join('')}`;
	}
	if (typeof value === 'object') {
		const inner = yamlBlock(value, `${indent}  `);
		return inner ? `\n${inner}` : ' {}\n';
	}
	return ` ${yamlScalar(value)}\n`;
}

/** One `- ` item of a block sequence; a mapping starts on the dash's line. */
function yamlItem(value: EntryValue, indent: string): string {
	if (isScalar(value)) return `${indent}- ${yamlScalar(value)}\n`;
	if (Array.isArray(value)) return `${indent}-${yamlNested(value, indent)}`;
	const inner = yamlBlock(value, `${indent}  `);
	return inner ? `${indent}- ${inner.slice(indent.length + 2)}` : `${indent}- {}\n`;
}

function isScalar(value: EntryValue): value is string | number | boolean {
	return typeof value !== 'object';
}

/** Keys are the schema's own names; anything else is quoted like a string. */
function yamlKey(key: string): string {
	return /^[A-Za-z][A-Za-z0-9]*$/.test(key) ? key : yamlString(key);
}

function yamlScalar(value: string | number | boolean): string {
	if (typeof value === 'string') return yamlString(value);
	if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Not a number YAML can hold: ${value}`);
	return String(value);
}

/**
 * Every string double-quoted, so nothing a person types (`:`, `—`, `#`, `yes`, `2021`, a leading `-`)
 * can change its meaning; only the escapes YAML and JSON share are used.
 */
export function yamlString(value: string): string {
	let out = '"';
	for (const char of value) {
		const code = char.codePointAt(0)!;
		if (char === '"' || char === '\\') out += `\\${char}`;
		else if (char === '\n') out += '\\n';
		else if (char === '\t') out += '\\t';
		else if (printable(code)) out += char;
		else out += `\\u${code.toString(16).padStart(4, '0')}`;
	}
	return `${out}"`;
}

/** YAML's printable characters, less the ones a reader would trip over (BOM, line separators, lone surrogates). */
function printable(code: number): boolean {
	return (
		(code >= 0x20 && code <= 0x7e) ||
		(code >= 0xa0 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) ||
		(code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
		code >= 0x10000
	);
}

/**
 * The story as inert Markdown: MDX would read `{…}` as code, `<…>` as a component and a line starting
 * `import`/`export` as a module, so those are escaped; paragraphs and simple Markdown stay as written.
 */
export function storyMarkdown(story: string): string {
	return story
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) =>
			line
				.replace(/[\\{}<>]/g, (char) => `\\${char}`)
				// A character reference keeps the word as written while MDX no longer sees a keyword.
				.replace(/^(\s*)(import|export)\b/, (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`)
				.trimEnd(),
		)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
