import { lstatSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { defaultLocale, isLocale } from '../lib/locale.ts';
import { slugPattern, toSlug } from '../lib/slug.ts';
import { checkBody } from './body.ts';
import type { BodyContext } from './body-rules.ts';
import { type AllowList, allowedComponents } from './components.ts';
import { type PhotoChecks, checkFields } from './fields.ts';
import { entryFolder } from './folder.ts';
import { type FrontMatter, blankFrontMatter, readFrontMatter } from './frontmatter.ts';
import { linkProblems } from './links.ts';
import { translationFiles } from './messages.ts';
import { displayPath } from './content-files.ts';
import { inspectPhoto } from './photo-file.ts';
import { checkPhotoPath } from './photo-path.ts';
import { type Finding, type Problem, problem, unexpected } from './problem.ts';
import { checkTextLimits } from './text-limits.ts';
import { decodeUtf8 } from './utf8.ts';

export interface EntryOptions {
	/** The project root; problems name files relative to it. Default: the working directory. */
	root?: string;
	/** Whether to check the texts (MDX bodies). Default true; the build leaves them to its MDX plugin. */
	body?: boolean;
	/** The components a text may use; default: src/validate/components.ts. */
	components?: AllowList;
}

/** The fields of an entry's index.mdx, once its front matter could be read: for the rules across entries. */
export interface EntryFields {
	slug: string;
	/** index.mdx, relative to the root. */
	file: string;
	frontMatter: FrontMatter;
}

/**
 * Checks one entry folder (content/businesses/<slug>/) against every rule that concerns it alone: its name, its
 * files, its front matter, its fields and photos, its text and its translations. Returns [] for a good entry.
 */
export async function validateEntry(folder: string, options: EntryOptions = {}): Promise<Problem[]> {
	return (await checkEntry(folder, options)).problems;
}

/** validateEntry, keeping the fields it read for the catalogue's rules across entries. */
export async function checkEntry(folder: string, options: EntryOptions = {}): Promise<{ problems: Problem[]; fields?: EntryFields }> {
	const root = options.root ?? process.cwd();
	const path = resolve(root, folder);
	const slug = basename(path);
	// A link is reported and never followed: an entry folder that is one could lead anywhere on the machine.
	const problems = linkProblems(root, path);
	if (lstatSync(path).isSymbolicLink()) return { problems };
	const items = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
	const names = items.map((item) => item.name);
	const place = { file: displayPath(root, join(path, 'index.mdx')), line: 0, field: '' };
	if (!slugPattern.test(slug))
		problems.push(problem(place, { rule: 'slug-format', found: JSON.stringify(slug), expected: toSlug(slug) || 'e.g. aqbala-plastik' }));
	// The producers list's later pages are /producers/2/, /producers/3/ …: a folder of digits alone would take one's address.
	else if (/^\d+$/.test(slug))
		problems.push(
			problem(place, { rule: 'slug-page-number', found: JSON.stringify(slug), expected: `a name with a letter in it, e.g. nan-${slug}` }),
		);
	const index = items.find((item) => item.name === 'index.mdx');
	if (!index || index.isDirectory()) {
		problems.push(
			problem(place, {
				rule: 'file-missing',
				found: names.length > 0 ? names.slice(0, 5).join(', ') : '(empty folder)',
				expected: 'index.mdx',
			}),
		);
	}
	const photos = photoChecks(path);
	const context: FileContext = {
		photos,
		body: options.body !== false,
		bodyRules: { components: options.components ?? allowedComponents, photo: (url) => checkPhotoPath(url, photos) },
	};
	for (const item of items.filter((item) => item.isFile() && /^index(\..+)?\.mdx$/.test(item.name))) {
		const file = displayPath(root, join(path, item.name));
		// Nothing in a file may stop the validator: an error no rule expected becomes a problem naming the file.
		try {
			problems.push(...(await checkFile(file, join(path, item.name), context)));
		} catch (error) {
			problems.push(problem({ file, line: 0, field: '' }, unexpected(error)));
		}
	}
	return { problems, ...(context.frontMatter ? { fields: { slug, file: place.file, frontMatter: context.frontMatter } } : {}) };
}

interface FileContext {
	photos: PhotoChecks;
	body: boolean;
	bodyRules: BodyContext;
	/** The front matter of index.mdx, once read. */
	frontMatter?: FrontMatter;
}

/** One .mdx file of an entry: index.mdx with its fields, or a translation index.<locale>.mdx with its text only. */
async function checkFile(file: string, path: string, context: FileContext): Promise<Problem[]> {
	const problems: Problem[] = [];
	const found = (finding: Finding, field = '') => problems.push(problem({ file, line: 1, field }, finding));
	const decoded = decodeUtf8(await readFile(path));
	if ('finding' in decoded) return [problem({ file, line: 1, field: '' }, decoded.finding)];
	const name = basename(path);
	const locale = /^index\.(.+)\.mdx$/.exec(name)?.[1];
	if (locale !== undefined && (!isLocale(locale) || locale === defaultLocale))
		found({ rule: 'story-locale', found: JSON.stringify(name), expected: translationFiles.join(' or ') });
	const read = readFrontMatter(decoded.text);
	// A translation may leave the front matter out; the entry itself may not.
	if (locale === undefined || read.present) read.findings.forEach((finding) => found(finding));
	if (locale === undefined && read.frontMatter) {
		context.frontMatter = read.frontMatter;
		problems.push(...(await checkFields(file, read.frontMatter, context.photos)));
	}
	const fields = read.frontMatter ? Object.keys(read.frontMatter.data) : [];
	if (locale !== undefined && fields.length > 0)
		found({ rule: 'story-frontmatter', found: fields.join(', '), expected: 'no fields; they belong in index.mdx', line: 2 });
	// Measured on the text before any parser reads it: a huge or deeply nested text is what makes parsers crash.
	const limited = checkTextLimits(blankFrontMatter(decoded.text));
	limited.forEach((finding) => found(finding, 'body'));
	if (!context.body || limited.length > 0) return problems;
	const body = checkBody(decoded.text, context.bodyRules);
	body.findings.forEach((finding) => found(finding, 'body'));
	for (const image of body.images) {
		const finding = await context.photos.inspect!(image.url);
		if (finding) found({ ...finding, line: image.line }, 'body');
	}
	return problems;
}

/** The photo checks for one folder, each file inspected once however often the entry uses it. */
function photoChecks(folder: string): PhotoChecks {
	const inspected = new Map<string, Promise<Finding | undefined>>();
	return {
		...entryFolder(folder),
		inspect: (relative) => {
			const key = relative
				.split(/[\\/]/)
				.filter((part) => part && part !== '.')
				.join('/');
			if (!inspected.has(key)) inspected.set(key, inspectPhoto(join(folder, key)));
			return inspected.get(key)!;
		},
	};
}
