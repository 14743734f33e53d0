import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MdastPluginEntry, defineMdastPlugin } from 'satteri';
import { type BodyNode, checkNode, checkedTypes } from './body-rules.ts';
import { syntaxProblem } from './body.ts';
import { allowedComponents } from './components.ts';
import { entryFolder } from './folder.ts';
import { formatProblems } from './format.ts';
import { displayPath, isEntryFile } from './paths.ts';
import { inspectPhoto } from './photo-file.ts';
import { checkPhotoPath } from './photo-path.ts';
import { type Finding, problem } from './problem.ts';

/**
 * The build's guard on entry texts: an mdast plugin for Sätteri, Astro's MDX processor, that runs the body rules on
 * every node the MDX compiler sees and fails the build, naming the file, line and rule, before anything renders.
 * It applies to entry files only (content/businesses/<slug>/index*.mdx), so the project's own MDX stays free.
 */
export function safeBody(root: string): MdastPluginEntry {
	return ({ fileURL, source }) => {
		// Vite ids can carry a query (?astroContentCollectionEntry); the file is what comes before it.
		const file = fileURL ? fileURLToPath(fileURL).replace(/\?.*$/, '') : '';
		if (!isEntryFile(file)) return null;
		const fail = (findings: Finding[]): never => {
			const problems = findings.map((finding) => problem({ file: displayPath(root, file), line: 0, field: 'body' }, finding));
			const error = new Error(`An entry's text breaks the safety rules (docs/validation.md):\n\n${formatProblems(problems)}\n`);
			throw Object.assign(error, { line: problems[0]!.line, column: 1 });
		};
		// The compiler's own parse error names no rule; parsing first gives the same message as the validator.
		const syntax = syntaxProblem(source);
		if (syntax) fail([syntax]);
		const folder = dirname(file);
		const photos = entryFolder(folder);
		const context = { components: allowedComponents, photo: (url: string) => checkPhotoPath(url, photos) };
		const findings: Finding[] = [];
		// A photo whose path is fine is still read (format, size, dimensions) before the build may publish it.
		const inspections: Promise<Finding | undefined>[] = [];
		const visit = (node: Readonly<BodyNode>) => {
			const found = checkNode(node as BodyNode, context);
			findings.push(...found);
			if (node.type === 'image' && found.length === 0) {
				const line = node.position?.start.line;
				inspections.push(inspectPhoto(join(folder, node.url ?? '')).then((finding) => finding && { ...finding, ...(line ? { line } : {}) }));
			}
		};
		return defineMdastPlugin({
			name: 'kazaly:safe-body',
			options: { position: true },
			...Object.fromEntries(checkedTypes.map((type) => [type, visit])),
			async after() {
				for (const finding of await Promise.all(inspections)) if (finding) findings.push(finding);
				if (findings.length > 0) fail(findings);
			},
		});
	};
}
