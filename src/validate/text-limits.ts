import { limits } from './limits.ts';
import type { Finding } from './problem.ts';

/** The rules this module checks, in the order they are reported. */
const rules = ['story-size', 'story-line-length', 'story-word-length', 'story-nesting'] as const;

const kb = limits.storyBytes / 1024;

/**
 * The sizes a text must keep to (a story, a translation, a page), measured on the source with its front matter
 * blanked, line by line, before the parser sees it: the parser is what a deeply nested or huge text crashes. Each
 * rule is reported once, at the first line that breaks it, with how many more lines do.
 */
export function checkTextLimits(source: string): Finding[] {
	const lines = source.split('\n');
	const first = new Map<string, Finding>();
	const more = new Map<string, number>();
	const found = (finding: Finding) => {
		if (first.has(finding.rule)) more.set(finding.rule, (more.get(finding.rule) ?? 0) + 1);
		else first.set(finding.rule, finding);
	};
	// Blank front-matter lines and the blank lines before the story are not part of it.
	const start = /^\s*/.exec(source)![0].length;
	const total = Buffer.byteLength(source.trim());
	let bytes = -Buffer.byteLength(source.slice(0, start));
	for (let index = 0; index < lines.length; index++) {
		const text = lines[index]!;
		const line = index + 1;
		if (total > limits.storyBytes && !first.has('story-size')) {
			bytes += Buffer.byteLength(text) + 1;
			if (bytes > limits.storyBytes)
				first.set('story-size', {
					rule: 'story-size',
					found: `${Math.ceil(total / 1024)} KB`,
					expected: `at most ${kb} KB: shorten the text`,
					line,
				});
		}
		if (text.length > limits.lineLength) {
			const length = codePoints(text.trimEnd());
			if (length > limits.lineLength)
				found({
					rule: 'story-line-length',
					found: `${length} characters`,
					expected: `at most ${limits.lineLength}: an empty line starts a new paragraph`,
					line,
				});
		}
		const word = longestRun(text);
		if (word)
			found({
				rule: 'story-word-length',
				found: `${shortened(word)} (${codePoints(word)} characters)`,
				expected: `at most ${limits.wordLength} characters between spaces`,
				line,
			});
		const depth = nesting(text);
		if (depth > limits.nestingDepth)
			found({
				rule: 'story-nesting',
				found: `${depth} levels`,
				expected: `at most ${limits.nestingDepth} levels of > and list items`,
				line,
			});
	}
	return rules.flatMap((rule) => {
		const finding = first.get(rule);
		if (!finding) return [];
		const count = more.get(rule) ?? 0;
		return [count > 0 ? { ...finding, found: `${finding.found}, and ${count} more line${count > 1 ? 's' : ''}` } : finding];
	});
}

/** The first run of characters without a space that is longer than the limit, if the line has one. */
function longestRun(line: string): string | undefined {
	if (line.length <= limits.wordLength) return undefined;
	for (const match of line.matchAll(/\S+/g)) if (codePoints(match[0]) > limits.wordLength) return match[0];
	return undefined;
}

const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
// «* * *» and «- - -» draw a line across the page, however many there are; they open nothing.
const thematicBreak = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deeply a line can nest block quotes and lists, counted from its start: each > and each list marker opens a
 * level, and every two columns of indentation may continue one opened above (a list item's text starts at least two
 * columns in). An upper bound, never less than what the parser builds, and it never reads past the markers.
 */
function nesting(line: string): number {
	// Most lines open nothing; only a line that starts with a marker is measured.
	if (!/^[ \t]*(?:[>+*-]|\d)/.test(line) || thematicBreak.test(line)) return 0;
	let depth = 0;
	let indent = 0;
	let rest = line;
	for (;;) {
		const space = /^[ \t]*/.exec(rest)![0];
		const columns = [...space].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0);
		// One space after a marker belongs to the marker; more may be a nested list's indentation.
		indent += depth === 0 ? columns : Math.max(0, columns - 1);
		rest = rest.slice(space.length);
		const marker = rest.startsWith('>') ? '>' : listMarker.exec(rest)?.[0];
		if (!marker) break;
		depth += 1;
		rest = rest.slice(marker.length);
	}
	return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

function codePoints(text: string): number {
	let count = text.length;
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 0xdc00 && text.charCodeAt(index) <= 0xdfff) count -= 1;
	return count;
}

function shortened(word: string): string {
	return JSON.stringify(`${word.slice(0, 20)}…`);
}
