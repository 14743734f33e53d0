import { execFileSync } from 'node:child_process';
import { slugPattern, toSlug } from '../lib/slug.ts';
import { entriesDir } from './content-files.ts';
import { type Problem, problem } from './problem.ts';
import type { Redirects } from './redirects.ts';

/**
 * Folders that would make the same address: names that differ only in case, or that transliterate the same
 * («Aqbala-Plastik», «ақбала-пластик», «aqbala_plastik» all make aqbala-plastik). Each one that is not the plain slug
 * itself is reported, naming the folder it collides with.
 */
export function duplicateSlugs(folders: readonly string[], only?: ReadonlySet<string>): Problem[] {
	const groups = Map.groupBy(folders, (folder) => toSlug(folder));
	return [...groups].flatMap(([slug, group]) => {
		if (group.length < 2) return [];
		const keep = group.includes(slug) ? slug : [...group].sort()[0]!;
		return group
			.filter((folder) => folder !== keep && (!only || only.has(folder)))
			.map((folder) =>
				problem(
					{ file: `${entriesDir}/${folder}/index.mdx`, line: 0, field: '' },
					{ rule: 'slug-duplicate', found: `${folder} (same as ${keep})`, expected: 'one folder per business' },
				),
			);
	});
}

/**
 * Published entries that are gone: folders on the main branch (origin/main, else main, else the given ref) with
 * neither a folder nor a redirect now. Outside a git checkout, or without that branch, there is nothing to compare
 * with and nothing is reported.
 */
export function removedSlugs(root: string, folders: ReadonlySet<string>, redirects: Redirects, base?: string): Problem[] {
	const published = publishedSlugs(root, base);
	return published
		.filter((slug) => slugPattern.test(slug) && !folders.has(slug) && !Object.hasOwn(redirects, slug))
		.map((slug) =>
			problem(
				{ file: `${entriesDir}/${slug}/index.mdx`, line: 0, field: '' },
				{ rule: 'slug-removed', found: `${entriesDir}/${slug}/ is gone`, expected: `"${slug}": "<new-slug>" in content/redirects.json` },
			),
		);
}

/** The entry folders on the published branch, or [] when git or the branch is not there. */
function publishedSlugs(root: string, base?: string): string[] {
	for (const ref of base ? [base] : ['origin/main', 'main']) {
		try {
			const out = execFileSync('git', ['ls-tree', '-d', '--name-only', `${ref}:./${entriesDir}`], {
				cwd: root,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			});
			// Git quotes names with unusual characters; those were never valid slugs, so they are left out.
			return out.split('\n').filter((name) => name && !name.startsWith('"'));
		} catch {
			// Not a repository, no such branch, or no such folder on it: try the next, then give up quietly.
		}
	}
	return [];
}
