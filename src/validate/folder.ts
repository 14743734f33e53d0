import { lstatSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { walk } from './links.ts';
import { photoExtensionPattern } from '../lib/photo-format.ts';
import type { Folder, PathKind } from './photo-path.ts';

const photoName = new RegExp(`${photoExtensionPattern}$`, 'i');

/** The photo path rules' view of an entry folder on disk: what a path leads to, and which photos the folder holds. */
export function entryFolder(folder: string): Folder {
	return {
		find: (relative) => find(folder, relative),
		photos: () => walk(folder).files.filter((name) => photoName.test(name)),
	};
}

/**
 * What a path inside the folder leads to, step by step with lstat so that no link on the way is followed, then by
 * the real path the file system resolves: the build opens that one, so it must be inside the real folder too.
 */
function find(folder: string, relative: string): PathKind {
	let path = folder;
	for (const part of relative.split('/')) {
		path = join(path, part);
		const stat = lstatSync(path, { throwIfNoEntry: false });
		if (!stat) return 'missing';
		if (stat.isSymbolicLink()) return 'link';
	}
	if (!lstatSync(path).isFile()) return 'missing';
	return realpathSync(path).startsWith(realpathSync(folder) + sep) ? 'file' : 'outside';
}
