import { dirname } from 'node:path';
import { type MdastPluginEntry, defineMdastPlugin } from 'satteri';
import { bodyChecker } from '../validate/body-check.ts';
import { nestingFinding, parseText } from '../validate/body.ts';
import { type BodyNode, checkedTypes } from '../validate/body-rules.ts';
import { entryFailure } from '../validate/build-failure.ts';
import { allowedComponents } from '../validate/components.ts';
import { entryFolder } from '../validate/folder.ts';
import { blankFrontMatter } from '../validate/frontmatter.ts';
import { invisibleInText } from '../validate/invisible.ts';
import { compiledFile } from '../validate/content-files.ts';
import { inspectImages } from '../validate/photo-file.ts';
import { type Folder, checkPhotoPath } from '../validate/photo-path.ts';
import { type Finding, unexpected } from '../validate/problem.ts';
import { checkTextLimits } from '../validate/text-limits.ts';

/**
 * The build's guard on texts: an mdast plugin for Sätteri, the processor of both .mdx files and .md files, that holds
 * every text the build compiles to the rules, whatever path it reports: MDX to the entry rules, Markdown (the
 * project's own pages) to the same rules, which in Markdown come down to no raw HTML, links that are web addresses
 * or the site's own pages, and images from the file's own folder. It measures the text and parses it before the
 * compiler does, runs the rules on every node the compiler sees, and fails the build naming the file, line and rule
 * before anything renders.
 */
export function safeBody(root: string): MdastPluginEntry {
	return ({ fileURL, source, sourceFormat, data }) => {
		const file = compiledFile(fileURL);
		// The guard's own refusal is marked, so that anything else thrown inside it is told apart as a fault of its own.
		const fail = (findings: Finding[], field = 'body'): never => {
			throw Object.assign(entryFailure(root, file || '(a text with no file)', findings, field), { refused: true });
		};
		try {
			// A front matter layout is a module the compiler would import and run; the site lays out every page itself.
			const layout = (data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.['layout'];
			if (layout !== undefined)
				fail(
					[
						{
							rule: 'unknown-field',
							found: JSON.stringify(typeof layout === 'string' ? layout : JSON.stringify(layout)),
							expected: 'no layout: the site lays out every page',
						},
					],
					'layout',
				);
			// The text is measured before any parser reads it, and parsed before the compiler does: a text too large or
			// too deeply nested crashes the compiler without naming the file, and its own parse error names no rule.
			const limited = checkTextLimits(source);
			if (limited.length > 0) fail(limited);
			const parsed = parseText(source, sourceFormat === 'mdx' ? 'mdx' : 'markdown');
			const unparsed = 'finding' in parsed ? [parsed.finding] : [nestingFinding(parsed.tree)].filter((finding) => finding !== undefined);
			if (unparsed.length > 0) fail(unparsed);
		} catch (error) {
			if ((error as { refused?: boolean }).refused) throw error;
			fail([unexpected(error)]);
		}
		const folder = file ? dirname(file) : '';
		// A text with no file has no folder to take photos from.
		const photos: Folder = folder ? entryFolder(folder) : { find: () => 'missing' };
		const context = {
			components: allowedComponents,
			photo: (url: string) => checkPhotoPath(url, photos),
			sitePaths: sourceFormat === 'markdown',
		};
		const checker = bodyChecker(context);
		const faults: Finding[] = [];
		const visit = (node: Readonly<BodyNode>) => {
			try {
				checker.visit(node);
			} catch (error) {
				faults.push(unexpected(error));
			}
		};
		return defineMdastPlugin({
			name: 'kazaly:safe-body',
			options: { position: true },
			...Object.fromEntries(checkedTypes.map((type) => [type, visit])),
			async after() {
				const { findings, images } = checker.finish();
				// Astro hands the compiler the text with the front matter blanked; blanking again changes nothing.
				findings.unshift(...invisibleInText(blankFrontMatter(source)));
				findings.push(...faults);
				// A photo whose path is fine is still read (format, size, dimensions) before the build may publish it.
				findings.push(...(await inspectImages(folder, images).catch((error: unknown) => [unexpected(error)])));
				if (findings.length > 0) fail(findings);
			},
		});
	};
}
