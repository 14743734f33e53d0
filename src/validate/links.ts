import { type Dirent, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import { contentDir, displayPath, entriesDir } from './content-files.ts';
import { type Problem, problem } from './problem.ts';

/** What a walk found under a folder, without following a single link: the files, and the links themselves. */
export interface Tree {
	/** Regular files, relative to the folder, with forward slashes. */
	files: string[];
	/** Symbolic links, relative to the folder ('' for the folder itself); never entered, never read. */
	links: string[];
}

/**
 * Lists a folder the way the rules must see it: lstat and readdir with file types only, so a link is reported as a
 * link and never followed, wherever it points (a folder elsewhere on the machine, /etc/hostname, itself). Folders
 * for which `skip` says true are not entered.
 */
export function walk(folder: string, skip: (relative: string) => boolean = () => false): Tree {
	const tree: Tree = { files: [], links: [] };
	const top = lstatSync(folder, { throwIfNoEntry: false });
	if (!top) return tree;
	if (top.isSymbolicLink()) return { files: [], links: [''] };
	const visit = (relative: string) => {
		let items: Dirent[];
		try {
			items = readdirSync(join(folder, relative), { withFileTypes: true });
		} catch {
			return;
		}
		for (const item of items.sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = relative ? `${relative}/${item.name}` : item.name;
			if (item.isSymbolicLink()) tree.links.push(path);
			else if (item.isFile()) tree.files.push(path);
			else if (item.isDirectory() && !skip(path)) visit(path);
		}
	};
	if (top.isDirectory()) visit('');
	return tree;
}

/** One problem per symbolic link under a folder of the project (the folder itself included), naming its target. */
export function linkProblems(root: string, folder: string, skip?: (relative: string) => boolean): Problem[] {
	return walk(folder, skip).links.map((relative) => {
		const path = relative ? join(folder, relative) : folder;
		let target = '';
		try {
			target = readlinkSync(path);
		} catch {
			target = '?';
		}
		const found = `a symbolic link to ${JSON.stringify(target.length > 60 ? `${target.slice(0, 57)}…` : target)}`;
		return problem(
			{ file: displayPath(root, path), line: 0, field: '' },
			{ rule: 'file-link', found, expected: 'the file or folder itself, committed in its place' },
		);
	});
}

/**
 * The links under content/ outside the entry folders (content/ itself, the vocabularies, the pages, the site's
 * settings, and an entry folder that is itself a link): what the build reads besides the entries.
 */
export function contentLinks(root: string): Problem[] {
	const entries = posix.relative(contentDir, entriesDir);
	return linkProblems(root, join(root, contentDir), (folder) => posix.dirname(folder) === entries);
}
