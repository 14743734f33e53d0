/**
 * npm run validate [--json] [--base=<ref>] [paths…]: checks catalogue entries and says, for each problem, the file,
 * line, field, rule, what was found and what is expected, in Kazakh and English. With no paths it checks every
 * entry in content/businesses and the rules across entries; with paths (entry folders or their .mdx files) only
 * those. Exit code 0 when all is well, 1 on any problem, 2 when the command itself is misused.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, sortProblems, summary } from '../src/validate/format.ts';
import { contentLinks } from '../src/validate/links.ts';

const usage = `Usage: npm run validate -- [--json] [--base=<git ref>] [entry folders or index.mdx files…]

  --json         print {"ok", "entries", "problems": [{file, line, field, rule, kk, en, found, expected}]}
  --base=<ref>   the published branch to compare with for removed entries (default: origin/main, else main)`;

let options: ReturnType<typeof parse>;
try {
	options = parse();
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
if (options.values.help) {
	console.log(usage);
	process.exit(0);
}

const root = process.cwd();
const paths = options.positionals;
const missing = paths.filter((path) => !existsSync(resolve(root, path)));
if (missing.length > 0) {
	console.error(`Жоқ жол / No such path: ${missing.join(', ')}`);
	process.exit(2);
}

// The validator's modules read content/ as they load (the vocabularies), so a link there is refused before they load.
const linked = contentLinks(root);
const { entries, problems } = linked.length > 0 ? { entries: [] as string[], problems: linked } : await validate();
if (options.values.json) {
	console.log(JSON.stringify({ ok: problems.length === 0, entries, problems: sortProblems(problems) }, null, '\t'));
} else {
	if (problems.length > 0) console.log(`${formatProblems(problems)}\n`);
	console.log(summary(problems, entries.length));
}
process.exitCode = problems.length > 0 ? 1 : 0;

function parse() {
	return parseArgs({
		allowPositionals: true,
		options: { json: { type: 'boolean' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
}

/** Every rule over the catalogue, or over the entries named on the command line. */
async function validate() {
	const { validateCatalogue } = await import('../src/validate/catalogue.ts');
	return validateCatalogue({
		root,
		...(paths.length > 0 ? { entries: paths } : {}),
		...(options.values.base ? { base: options.values.base } : {}),
	});
}
