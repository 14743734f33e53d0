import { dirname } from 'node:path';
import { type MdastPluginEntry, defineMdastPlugin } from 'satteri';
import { bodyChecker } from './body-check.ts';
import { entryFailure } from './build-failure.ts';
import { type BodyNode, checkedTypes } from './body-rules.ts';
import { syntaxProblem } from './body.ts';
import { allowedComponents } from './components.ts';
import { entryFolder } from './folder.ts';
import { blankFrontMatter } from './frontmatter.ts';
import { invisibleInText } from './invisible.ts';
import { compiledFile, isEntryFile } from './paths.ts';
import { inspectImages } from './photo-file.ts';
import { checkPhotoPath } from './photo-path.ts';

/**
 * The build's guard on entry texts: an mdast plugin for Sätteri, Astro's MDX processor, that runs the body rules on
 * every node the MDX compiler sees and fails the build, naming the file, line and rule, before anything renders.
 * It applies to entry files only (content/businesses/<slug>/index*.mdx), so the project's own MDX stays free.
 */
export function safeBody(root: string): MdastPluginEntry {
	return ({ fileURL, source }) => {
		const file = compiledFile(fileURL);
		if (!isEntryFile(file)) return null;
		// The compiler's own parse error names no rule; parsing first gives the same message as the validator.
		const syntax = syntaxProblem(source);
		if (syntax) throw entryFailure(root, file, [syntax]);
		const folder = dirname(file);
		const photos = entryFolder(folder);
		const context = { components: allowedComponents, photo: (url: string) => checkPhotoPath(url, photos) };
		const checker = bodyChecker(context);
		const visit = (node: Readonly<BodyNode>) => checker.visit(node as BodyNode);
		return defineMdastPlugin({
			name: 'kazaly:safe-body',
			options: { position: true },
			...Object.fromEntries(checkedTypes.map((type) => [type, visit])),
			async after() {
				const { findings, images } = checker.finish();
				// Astro hands the compiler the text with the front matter blanked; blanking again changes nothing.
				findings.unshift(...invisibleInText(blankFrontMatter(source)));
				// A photo whose path is fine is still read (format, size, dimensions) before the build may publish it.
				findings.push(...(await inspectImages(folder, images)));
				if (findings.length > 0) throw entryFailure(root, file, findings);
			},
		});
	};
}
