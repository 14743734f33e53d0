import { mdxToMdast } from 'satteri';
import { type BodyCheck, bodyChecker } from './body-check.ts';
import type { BodyContext, BodyNode } from './body-rules.ts';
import { blankFrontMatter } from './frontmatter.ts';
import { invisibleInText } from './invisible.ts';
import type { Finding } from './problem.ts';

interface Tree extends BodyNode {
	children?: Tree[];
}

/**
 * Checks an entry's text with the parser the build uses (Sätteri, MDX) and the same rule function as the build's
 * plugin, so what passes here renders there. Returns one finding per broken rule, each with its line, and the
 * images that passed the path rules, for the caller to check the files themselves.
 */
export function checkBody(source: string, context: BodyContext): BodyCheck {
	const text = blankFrontMatter(source);
	let tree: Tree;
	try {
		tree = mdxToMdast(text) as Tree;
	} catch (error) {
		return { findings: [syntaxFinding(error as Error)], images: [] };
	}
	const checker = bodyChecker(context);
	const walk = (node: Tree) => {
		checker.visit(node);
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	const { findings, images } = checker.finish();
	return { findings: [...invisibleInText(text), ...findings], images };
}

/** The syntax error in an entry's text, if the MDX parser cannot read it; the build asks before it compiles. */
export function syntaxProblem(source: string): Finding | undefined {
	try {
		mdxToMdast(source, { position: false });
		return undefined;
	} catch (error) {
		return syntaxFinding(error as Error);
	}
}

/** The parser's message, which starts with the line and column: "16:1: Unexpected character `!`…". */
function syntaxFinding(error: Error): Finding {
	const match = /^(\d+):(\d+)(?:-[\d:]+)?:\s*(.*)$/s.exec(error.message);
	const text = (match?.[3] ?? error.message).split('\n')[0]!.replace(/\s*\([\w:-]+\)$/, '').replace(/\s*\(note:[^()]*\)/, '');
	return {
		rule: 'body-syntax',
		found: text.length > 120 ? `${text.slice(0, 117)}…` : text,
		expected: 'plain Markdown; write \\< and \\{ to show < and {',
		...(match ? { line: Number(match[1]) } : {}),
	};
}
