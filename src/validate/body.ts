import { markdownToMdast, mdxToMdast } from 'satteri';
import { type BodyCheck, bodyChecker } from './body-check.ts';
import type { BodyContext, BodyNode } from './body-rules.ts';
import { blankFrontMatter } from './frontmatter.ts';
import { invisibleInText } from './invisible.ts';
import { limits } from './limits.ts';
import type { Finding } from './problem.ts';

/** A parsed text: the mdast nodes the rules read, with their children. */
export interface Tree extends BodyNode {
	children?: Tree[];
}

/** How a text is written: an entry's story is MDX, the project's own pages are Markdown. */
export type TextFormat = 'mdx' | 'markdown';

/**
 * Checks an entry's text with the parser the build uses (Sätteri, MDX) and the same rule function as the build's
 * plugin, so what passes here renders there. Returns one finding per broken rule, each with its line, and the
 * images that passed the path rules, for the caller to check the files themselves. The caller has checked the
 * text's limits (text-limits.ts) first: only a text within them is handed to the parser.
 */
export function checkBody(source: string, context: BodyContext): BodyCheck {
	const text = blankFrontMatter(source);
	const parsed = parseText(text, 'mdx');
	if ('finding' in parsed) return { findings: [parsed.finding], images: [] };
	const deep = nestingFinding(parsed.tree);
	const checker = bodyChecker(context);
	for (const node of nodes(parsed.tree)) checker.visit(node);
	const { findings, images } = checker.finish();
	return { findings: [...invisibleInText(text), ...(deep ? [deep] : []), ...findings], images };
}

/** Parses a text as the build will, or says why it cannot: the build asks before it compiles. */
export function parseText(source: string, format: TextFormat): { tree: Tree } | { finding: Finding } {
	try {
		return { tree: (format === 'mdx' ? mdxToMdast : markdownToMdast)(source, { position: true }) as Tree };
	} catch (error) {
		return { finding: syntaxFinding(error as Error) };
	}
}

/** The nodes that nest inline: a story needs two or three of them inside each other, never dozens. */
const inlineContainers = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * The first node nested inside more formatting, links and tags than the limit allows. Block quotes and lists are
 * measured on the lines before parsing (story-nesting); these can only be seen in the tree, and are refused here
 * before the compiler, whose output grows with the square of the depth, ever sees them.
 */
export function nestingFinding(tree: Tree): Finding | undefined {
	const stack: { node: Tree; depth: number }[] = [{ node: tree, depth: 0 }];
	for (let item = stack.pop(); item; item = stack.pop()) {
		const depth = item.depth + (inlineContainers.has(item.node.type) ? 1 : 0);
		if (depth > limits.nestingDepth) {
			const line = item.node.position?.start.line;
			return {
				rule: 'body-nesting',
				found: `more than ${limits.nestingDepth} levels`,
				expected: `at most ${limits.nestingDepth} levels of formatting inside each other`,
				...(line ? { line } : {}),
			};
		}
		const children = item.node.children ?? [];
		for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, depth });
	}
	return undefined;
}

/** Every node of a tree in document order, walked without recursion so that no tree is too deep for it. */
function* nodes(tree: Tree): Generator<Tree> {
	const stack: Tree[] = [tree];
	for (let node = stack.pop(); node; node = stack.pop()) {
		yield node;
		const children = node.children ?? [];
		for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
	}
}

/** The parser's message, which starts with the line and column: "16:1: Unexpected character `!`…". */
function syntaxFinding(error: Error): Finding {
	const match = /^(\d+):(\d+)(?:-[\d:]+)?:\s*(.*)$/s.exec(error.message);
	const text = (match?.[3] ?? error.message)
		.split('\n')[0]!
		.replace(/\s*\([\w:-]+\)$/, '')
		.replace(/\s*\(note:[^()]*\)/, '');
	return {
		rule: 'body-syntax',
		found: text.length > 120 ? `${text.slice(0, 117)}…` : text,
		expected: 'plain Markdown; write \\< and \\{ to show < and {',
		...(match ? { line: Number(match[1]) } : {}),
	};
}
