import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { type Document, LineCounter, isMap, isScalar, parseAllDocuments, parseDocument, visit } from 'yaml';
import { limits } from './limits.ts';
import type { FieldPath } from '../lib/field-path.ts';
import { type Located, locate } from './locate.ts';
import type { Finding } from './problem.ts';

/** A front matter that passed the safety rules: its data as the build reads it, and where each field is. */
export interface FrontMatter {
	/** The fields, parsed by the same YAML reader (js-yaml) and extraction as Astro's MDX loader. */
	data: Record<string, unknown>;
	/** Where a field is written in the .mdx file. */
	locate: (path: FieldPath) => Located;
	/** A field's value as written, before js-yaml turns YYYY-MM-DD into a Date (and 2026-13-45 into a valid one). */
	written: (path: FieldPath) => unknown;
}

/** What reading a file's front matter gave: the fields when they are safe to use, the findings either way. */
export interface FrontMatterResult {
	frontMatter?: FrontMatter;
	/** Whether the file has a front matter block at all. */
	present: boolean;
	findings: Finding[];
}

const yamlHint = 'field: value, one per line, nested lines indented with spaces';

/** Hints for the YAML mistakes people make most: a colon inside a value, and tabs. The first error is shown only. */
const yamlHints: Record<string, string> = {
	BLOCK_AS_IMPLICIT_KEY: 'text with ": " in it in quotes, e.g. name: "Дәмді: нан"',
	TAB_AS_INDENT: 'spaces for indentation, not tabs',
	MISSING_CHAR: 'the closing quote or bracket',
};

/**
 * Reads the front matter of an entry under the safety rules: one small YAML document with no anchors, aliases,
 * merge keys or tags. Only when all of them hold is the YAML handed to the parser the build uses, so an alias bomb
 * never reaches it.
 */
export function readFrontMatter(source: string): FrontMatterResult {
	const text = source.replace(/^\uFEFF/, '');
	const raw = /^\s*\+\+\+/.test(text) ? undefined : extractFrontmatter(text);
	if (raw === undefined) {
		const first = text.split('\n').find((line) => line.trim()) ?? '';
		return {
			present: false,
			findings: [{ rule: 'frontmatter-missing', found: JSON.stringify(first.slice(0, 40)), expected: '--- on the first line', line: 1 }],
		};
	}
	const firstLine = text.slice(0, text.indexOf(raw)).split('\n').length;
	const bytes = new TextEncoder().encode(raw).length;
	if (bytes > limits.frontMatterBytes) {
		const found = `${Math.ceil(bytes / 1024)} KB`;
		return {
			present: true,
			findings: [{ rule: 'frontmatter-size', found, expected: `at most ${limits.frontMatterBytes / 1024} KB`, line: firstLine }],
		};
	}
	const counter = new LineCounter();
	const lineAt = (offset: number) => firstLine + counter.linePos(offset).line - 1;
	// A second document needs a marker at the start of a line (`...`, `---` or a `%` directive); without one the
	// text is parsed once, not twice, which is a third of the validator's time on a large catalogue.
	const documents = /^(?:\.\.\.|---|%)/m.test(raw) ? parseAllDocuments(raw) : [];
	if (Array.isArray(documents) && documents.length > 1) {
		const line = firstLine + raw.slice(0, documents[1]!.range[0]).split('\n').length - 1;
		return {
			present: true,
			findings: [{ rule: 'yaml-multiple-documents', found: `${documents.length} documents`, expected: 'one document', line }],
		};
	}
	const document = parseDocument(raw, { lineCounter: counter, uniqueKeys: true, merge: false });
	const error = document.errors[0];
	if (error) {
		const duplicate = error.code === 'DUPLICATE_KEY';
		return {
			present: true,
			findings: [
				{
					rule: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
					found: duplicate
						? JSON.stringify(duplicateKey(raw, error.pos[0]))
						: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
					expected: duplicate ? 'each field once' : (yamlHints[error.code] ?? yamlHint),
					line: lineAt(error.pos[0]),
				},
			],
		};
	}
	const findings = unsafeNodes(document, lineAt);
	if (findings.length > 0) return { present: true, findings };
	if (document.contents !== null && !isMap(document.contents)) {
		return { present: true, findings: [{ rule: 'frontmatter-shape', found: firstWords(raw), expected: yamlHint, line: firstLine + 1 }] };
	}
	let data: Record<string, unknown>;
	try {
		data = parseFrontmatter(text).frontmatter as Record<string, unknown>;
	} catch (error) {
		return {
			present: true,
			findings: [{ rule: 'yaml-syntax', found: (error as Error).message.split('\n')[0]!, expected: yamlHint, line: firstLine }],
		};
	}
	return {
		present: true,
		findings: [],
		frontMatter: { data, locate: (path) => locate(document, counter, firstLine, path), written: (path) => document.getIn(path) },
	};
}

/** Anchors, aliases, tags and merge keys: YAML features an entry never needs and an attacker would. */
function unsafeNodes(document: Document, lineAt: (offset: number) => number): Finding[] {
	const findings: Finding[] = [];
	visit(document, {
		Alias(_, node) {
			findings.push({
				rule: 'yaml-alias',
				found: `*${node.source}`,
				expected: 'the value written out in full',
				line: lineAt(node.range?.[0] ?? 0),
			});
		},
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === '<<') {
				findings.push({
					rule: 'yaml-merge-key',
					found: '<<',
					expected: 'every field written out in full',
					line: lineAt(pair.key.range?.[0] ?? 0),
				});
			}
		},
		Node(_, node) {
			const line = lineAt(node.range?.[0] ?? 0);
			if (node.anchor) findings.push({ rule: 'yaml-alias', found: `&${node.anchor}`, expected: 'the value written out in full', line });
			if (node.tag)
				findings.push({
					rule: 'yaml-tag',
					found: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'),
					expected: 'a plain value without a tag',
					line,
				});
		},
	});
	return findings;
}

/** The key written at an offset, for the duplicate-key message. */
function duplicateKey(raw: string, offset: number): string {
	return /^\s*([^:\n]+?)\s*:/.exec(raw.slice(offset))?.[1] ?? raw.slice(offset, offset + 20);
}

function firstWords(raw: string): string {
	return JSON.stringify(raw.trim().split('\n')[0]!.slice(0, 40));
}

/** The source as Astro hands it to the MDX compiler: the front matter blanked with spaces, so lines stay put. */
export function blankFrontMatter(source: string): string {
	const text = source.replace(/^\uFEFF/, '');
	const raw = extractFrontmatter(text);
	if (raw === undefined) return text;
	return text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}
