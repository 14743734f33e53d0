import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MdastPluginEntry, defineMdastPlugin } from 'satteri';
import { nestingFinding, parseText } from './body.ts';
import { type BodyNode, checkNode, checkedTypes } from './body-rules.ts';
import { allowedComponents } from './components.ts';
import { entryFolder } from './folder.ts';
import { formatProblems } from './format.ts';
import { displayPath } from './paths.ts';
import { inspectPhoto } from './photo-file.ts';
import { type Folder, checkPhotoPath } from './photo-path.ts';
import { type Finding, problem, unexpected } from './problem.ts';
import { checkTextLimits } from './text-limits.ts';

/** The error the guard stops the build with; anything else thrown inside it is a fault of its own, named as one. */
class Refused extends Error {}

/**
 * The build's guard on texts: an mdast plugin for Sätteri, the processor of both .mdx files and .md files, that holds
 * every text the build compiles to the rules, whatever path it reports: MDX to the entry rules, Markdown (the
 * project's own pages) to the same rules, which in Markdown come down to no raw HTML, links that are web addresses
 * and images from the file's own folder. It measures the text and parses it before the compiler does, runs the rules
 * on every node the compiler sees, and fails the build naming the file, line and rule before anything renders.
 */
export function safeBody(root: string): MdastPluginEntry {
	return ({ fileURL, source, sourceFormat, data }) => {
		// Vite ids can carry a query (?astroContentCollectionEntry); the file is what comes before it.
		const file = fileURL ? fileURLToPath(fileURL).replace(/\?.*$/, '') : '';
		const fail = (findings: Finding[], field = 'body'): never => {
			const problems = findings.map((finding) => problem({ file: file ? displayPath(root, file) : '(a text with no file)', line: 0, field }, finding));
			const error = new Refused(`A text breaks the safety rules (docs/validation.md):\n\n${formatProblems(problems)}\n`);
			throw Object.assign(error, { line: problems[0]!.line, column: 1 });
		};
		try {
			// A front matter layout is a module the compiler would import and run; the site lays out every page itself.
			const layout = (data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.['layout'];
			if (layout !== undefined) fail([{ rule: 'unknown-field', found: JSON.stringify(String(layout)), expected: 'no layout: the site lays out every page' }], 'layout');
			// The text is measured before any parser reads it, and parsed before the compiler does: a text too large or
			// too deeply nested crashes the compiler without naming the file, and its own parse error names no rule.
			const limited = checkTextLimits(source);
			if (limited.length > 0) fail(limited);
			const parsed = parseText(source, sourceFormat === 'mdx' ? 'mdx' : 'markdown');
			const unparsed = 'finding' in parsed ? [parsed.finding] : [nestingFinding(parsed.tree)].filter((finding) => finding !== undefined);
			if (unparsed.length > 0) fail(unparsed);
		} catch (error) {
			if (error instanceof Refused) throw error;
			fail([unexpected(error)]);
		}
		const folder = file ? dirname(file) : '';
		// A text with no file has no folder to take photos from.
		const photos: Folder = folder ? entryFolder(folder) : { find: () => 'missing' };
		const context = { components: allowedComponents, photo: (url: string) => checkPhotoPath(url, photos), sitePaths: sourceFormat === 'markdown' };
		const findings: Finding[] = [];
		// A photo whose path is fine is still read (format, size, dimensions) before the build may publish it.
		const inspections: Promise<Finding | undefined>[] = [];
		const visit = (node: Readonly<BodyNode>) => {
			try {
				const found = checkNode(node as BodyNode, context);
				findings.push(...found);
				if (node.type === 'image' && found.length === 0) {
					const line = node.position?.start.line;
					inspections.push(inspectPhoto(join(folder, node.url ?? '')).then((finding) => finding && { ...finding, ...(line ? { line } : {}) }, unexpected));
				}
			} catch (error) {
				findings.push(unexpected(error));
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
