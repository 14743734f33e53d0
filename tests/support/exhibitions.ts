/** The exhibitions as written in content/exhibitions, read by the tests with a YAML parser of their own. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './paths';

export interface WrittenExhibition {
	id: string;
	participants: { producer: string; stand: number }[];
}

export const exhibitions: WrittenExhibition[] = readdirSync(join(contentDir, 'exhibitions'))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({
		id: name.replace(/\.yaml$/, ''),
		...(parse(readFileSync(join(contentDir, 'exhibitions', name), 'utf8')) as Omit<WrittenExhibition, 'id'>),
	}));
