import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugPattern } from '../lib/slug.ts';
import { jsonLine } from './locate.ts';
import { featuredFile } from './content-files.ts';
import { type Finding, type Problem, problem } from './problem.ts';

/**
 * Fields an entry may not set for itself: what the home page shows first is the maintainers' decision, kept in a
 * file a contributor's pull request does not touch unnoticed. Each names where the decision lives instead.
 */
export const maintainerFields: Readonly<Record<string, string>> = { featured: featuredFile };

/** The finding for a maintainer's field written in an entry. */
export function maintainerField(key: string, value: unknown): Finding {
	return {
		rule: 'maintainer-field',
		found: `${key}: ${JSON.stringify(value)}`,
		expected: `no ${key} line: the maintainers decide it in ${maintainerFields[key]}`,
	};
}

/** Reads content/featured.json: the slugs of the featured producers, in the order the home page shows them. */
export function readFeatured(root: string): { featured: string[]; problems: Problem[] } {
	const path = join(root, featuredFile);
	const at = (line: number, finding: Finding) => problem({ file: featuredFile, line, field: '' }, finding);
	const expected = '["slug-of-an-entry", "another-slug"]';
	// No file, no featured producers: the home page shows the newest only.
	if (!existsSync(path)) return { featured: [], problems: [] };
	const text = readFileSync(path, 'utf8');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { featured: [], problems: [at(1, { rule: 'featured-format', found: (error as Error).message, expected })] };
	}
	if (!Array.isArray(data))
		return { featured: [], problems: [at(1, { rule: 'featured-format', found: JSON.stringify(data).slice(0, 40), expected })] };
	const featured = data.filter((slug): slug is string => typeof slug === 'string' && slugPattern.test(slug));
	const problems = (data as unknown[])
		.filter((slug) => typeof slug !== 'string' || !featured.includes(slug))
		.map((slug) => at(jsonLine(text, slug), { rule: 'featured-format', found: JSON.stringify(slug), expected }));
	return { featured, problems };
}

/** Featured slugs that are no entry folder. */
export function checkFeatured(root: string, featured: readonly string[], slugs: ReadonlySet<string>): Problem[] {
	const text = existsSync(join(root, featuredFile)) ? readFileSync(join(root, featuredFile), 'utf8') : '';
	return featured
		.filter((slug) => !slugs.has(slug))
		.map((slug) =>
			problem(
				{ file: featuredFile, line: jsonLine(text, slug), field: '' },
				{ rule: 'featured-target', found: JSON.stringify(slug), expected: 'the slug of an entry folder in content/businesses' },
			),
		);
}
