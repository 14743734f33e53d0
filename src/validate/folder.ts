import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Folder } from './photo-path.ts';

/** The photo path rules' view of an entry folder on disk: which files exist, and which photos it holds. */
export function entryFolder(folder: string): Folder {
	return {
		exists: (relative) => existsSync(join(folder, relative)) && statSync(join(folder, relative)).isFile(),
		photos: () =>
			readdirSync(folder, { recursive: true, encoding: 'utf8' })
				.map((name) => name.replaceAll('\\', '/'))
				.filter((name) => /\.(jpe?g|png|webp)$/i.test(name))
				.sort(),
	};
}
