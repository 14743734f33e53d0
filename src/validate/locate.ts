import { type Document, type LineCounter, type Node, isMap, isScalar, isSeq } from 'yaml';
import type { FieldPath } from '../lib/field-path.ts';

/** Where a field path lands in the YAML: the line of its deepest part that is written, and how deep that is. */
export interface Located {
	line: number;
	/** How many parts of the path exist in the file; a missing field stops short. */
	depth: number;
	/** True when the path runs into a plain value, e.g. name.kk where the file has `name: Дәмді нан`. */
	scalar: boolean;
}

/**
 * Finds a field in a parsed front matter. `firstLine` is the file line the YAML text starts on, so the answer is a
 * line of the .mdx file, not of the YAML alone.
 */
export function locate(document: Document, counter: LineCounter, firstLine: number, path: FieldPath): Located {
	const lineAt = (offset: number) => firstLine + counter.linePos(offset).line - 1;
	let node: Node | null = document.contents;
	let line = node?.range ? lineAt(node.range[0]) : firstLine;
	let depth = 0;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) break;
			if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
			node = pair.value as Node | null;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			if (item.range) line = lineAt(item.range[0]);
			node = item;
		} else {
			return { line, depth, scalar: isScalar(node) };
		}
		depth++;
	}
	return { line, depth, scalar: false };
}

/** The line a key or value is first written on in a JSON text (content/redirects.json, content/featured.json), or 1. */
export function jsonLine(text: string, value: unknown): number {
	const index = text.indexOf(JSON.stringify(value));
	return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
