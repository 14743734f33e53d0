/** Reading the built XML files (sitemap, feeds) as data, after checking they are well-formed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { distDir } from './paths';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['url', 'xhtml:link', 'sitemap', 'entry', 'link'].includes(name),
});

/** Parses dist/<file>; a file that is not well-formed XML fails with the validator's line and reason. */
export function readXml(file: string): Record<string, any> {
	const text = readFileSync(join(distDir, file), 'utf8');
	try {
		SyntaxValidator.validate(text);
	} catch (error) {
		throw new Error(`dist/${file} is not well-formed XML: ${(error as Error).message}`, { cause: error });
	}
	return parser.parse(text);
}
