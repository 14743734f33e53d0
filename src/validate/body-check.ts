import { type BodyContext, type BodyNode, checkImage, checkLinkIn, checkNode } from './body-rules.ts';
import type { Finding } from './problem.ts';

/** An image of the text whose path passed the rules: the file itself is read next (format, size, dimensions). */
export interface BodyImage {
	url: string;
	line: number;
}

/** What checking a whole text found. */
export interface BodyCheck {
	findings: Finding[];
	images: BodyImage[];
}

/**
 * Checks a text node by node, in any order, then what only the whole text tells: `![bread][px]` shows the address
 * of `[px]: …` wherever that is written, so a definition an image uses is held to the photo rules and every other
 * definition to the link rule. The validator feeds it the parsed tree, the build its plugin's visits.
 */
export function bodyChecker(context: BodyContext): { visit(node: BodyNode): void; finish(): BodyCheck } {
	const findings: Finding[] = [];
	const images: BodyImage[] = [];
	const definitions: BodyNode[] = [];
	const pictured = new Set<string>();
	const lineOf = (node: BodyNode) => node.position?.start.line ?? 0;
	return {
		visit(node) {
			if (node.type === 'definition') definitions.push(node);
			else if (node.type === 'imageReference') pictured.add(node.identifier ?? '');
			const found = checkNode(node, context);
			findings.push(...found);
			if (node.type === 'image' && found.length === 0) images.push({ url: node.url ?? '', line: lineOf(node) });
		},
		finish() {
			// Markdown uses the first definition of a label; a later one with the same label is shown nowhere.
			const used = new Set<string>();
			for (const definition of definitions) {
				const label = definition.identifier ?? '';
				const image = pictured.has(label) && !used.has(label);
				used.add(label);
				const url = definition.url ?? '';
				const line = lineOf(definition);
				const finding = image ? checkImage(url, context) : checkLinkIn(url, context);
				if (finding) findings.push(line ? { ...finding, line } : finding);
				else if (image) images.push({ url, line });
			}
			return { findings, images };
		},
	};
}
