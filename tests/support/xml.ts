/** Reading the built XML files (sitemap, feeds) as data, after checking they are well-formed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { distDir } from './paths';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link', 'sitemap', 'entry', 'link'].includes(name) });

/** Parses dist/<file>; a file that is not well-formed XML throws with the validator's line and reason. */
export function readXml(file: string): Record<string, any> {
	const text = readFileSync(join(distDir, file), 'utf8');
	const valid = XMLValidator.validate(text);
	if (valid !== true) throw new Error(`dist/${file} is not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`);
	return parser.parse(text);
}
