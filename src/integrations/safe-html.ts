import { dirname } from 'node:path';
import { type HastPluginEntry, defineHastPlugin } from 'satteri';
import type { BodyImage } from '../validate/body-check.ts';
import { type BodyNode, checkNode } from '../validate/body-rules.ts';
import { entryFailure } from '../validate/build-failure.ts';
import { allowedComponents } from '../validate/components.ts';
import { entryFolder } from '../validate/folder.ts';
import { checkHtmlElement } from '../validate/html-rules.ts';
import { invisibleFinding } from '../validate/invisible.ts';
import { compiledFile, isEntryFile } from '../validate/content-files.ts';
import { inspectImages } from '../validate/photo-file.ts';
import { checkPhotoPath } from '../validate/photo-path.ts';
import type { Finding } from '../validate/problem.ts';

/**
 * The build's second wall on entry texts: a hast plugin that checks the HTML a text became, element by element,
 * before Astro turns its images into assets. The mdast guard (src/integrations/remark-safe.ts) has refused anything
 * unsafe by then, so on a valid entry this finds nothing; it is there for the day the parser yields a link, an
 * image or a text in a way the mdast rules do not know. Same rules, same messages, same failure.
 */
export function safeHtml(root: string): HastPluginEntry {
	return ({ fileURL }) => {
		const file = compiledFile(fileURL);
		if (!isEntryFile(file)) return null;
		const folder = dirname(file);
		const photos = entryFolder(folder);
		const context = { components: allowedComponents, photo: (url: string) => checkPhotoPath(url, photos) };
		const findings: Finding[] = [];
		const images: BodyImage[] = [];
		// Tags, expressions and ESM reach hast as MDX nodes of the same shape as in mdast: the same rules apply.
		const mdx = { filter: [], visit: (node: Readonly<unknown>) => void findings.push(...checkNode(node as BodyNode, context)) };
		return defineHastPlugin({
			name: 'kazaly:safe-html',
			options: { position: true },
			element: {
				filter: [],
				visit(node) {
					const found = checkHtmlElement(node, context);
					findings.push(...found);
					const src = node.properties?.['src'];
					if (node.tagName === 'img' && found.length === 0 && typeof src === 'string')
						images.push({ url: src, line: node.position?.start.line ?? 0 });
				},
			},
			mdxJsxFlowElement: mdx,
			mdxJsxTextElement: mdx,
			mdxFlowExpression: mdx.visit,
			mdxTextExpression: mdx.visit,
			mdxjsEsm: mdx.visit,
			text(node) {
				const finding = invisibleFinding(node.value);
				const line = node.position?.start.line;
				if (finding) findings.push(line ? { ...finding, line } : finding);
			},
			raw(node) {
				findings.push({ rule: 'body-html', found: JSON.stringify(node.value.slice(0, 40)), expected: 'plain Markdown text' });
			},
			async after() {
				findings.push(...(await inspectImages(folder, images)));
				if (findings.length > 0) throw entryFailure(root, file, findings);
			},
		});
	};
}
