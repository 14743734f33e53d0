/**
 * npm run import -- [--force] entry.zip: puts an entry the organisers received as a .zip (from the submit form's
 * "send to the organisers") into content/businesses/<slug>/, once the .zip's layout (scripts/import-zip.ts) and
 * the entry (the validator, with its own messages) are clean. Nothing is written to content/ otherwise.
 * Exit code 0 when imported, 1 when the .zip or its entry is refused, 2 when the command itself is misused.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/validate/format.ts';
import { contentLinks } from '../src/validate/links.ts';
import { entriesDir } from '../src/validate/content-files.ts';
import { type Problem, problem } from '../src/validate/problem.ts';
import { ArchiveError, readEntryZip } from './import-zip.ts';

const usage = `Usage: npm run import -- [--force] [--root=<project>] <entry.zip>

  --force          replace content/businesses/<slug>/ when it already exists
  --root=<folder>  the project to import into (default: the current folder)`;

let options: ReturnType<typeof parse>;
try {
	options = parse();
	if (options.values.help) {
		console.log(usage);
		process.exit(0);
	}
	if (options.positionals.length !== 1) throw new Error('Бір .zip файлын атаңыз. / Name one .zip file.');
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
const zipPath = resolve(options.positionals[0]!);
if (!existsSync(zipPath)) {
	console.error(`Жоқ жол / No such path: ${options.positionals[0]}`);
	process.exit(2);
}
const root = resolve(options.values.root ?? process.cwd());

/** Says what is wrong and stops with exit code 1. */
function refuse(text: string): never {
	console.error(`${options.positionals[0]}: ${text}`);
	process.exit(1);
}

let read: Awaited<ReturnType<typeof readEntryZip>>;
try {
	read = await readEntryZip(zipPath);
} catch (error) {
	if (!(error instanceof ArchiveError)) throw error;
	refuse(`${error.member || '(.zip)'}\n  ${error.kk}\n  ${error.en}`);
}
const { slug, files } = read;
const folder = `${entriesDir}/${slug}`;
const target = join(root, folder);
const existing = () => existsSync(target) && !options.values.force;
const exists = `${folder}/\n  Бұл жазба бар: оны ауыстыру үшін --force қосыңыз. / This entry exists already: add --force to replace it.`;
if (existing()) refuse(exists);

// The validator's modules read content/ as they load (the vocabularies), so a link there is refused before they load.
const linked = contentLinks(root);
if (linked.length > 0) refuse(`\n${formatProblems(linked)}`);
const [{ validateEntry }, { inspectPhoto }] = await Promise.all([
	import('../src/validate/entry.ts'),
	import('../src/validate/photo-file.ts'),
]);

// Written and checked outside the project, at the same relative path, so the messages name the file it will become.
const scratch = await mkdtemp(join(tmpdir(), 'showcase-import-'));
const problems: Problem[] = [];
let placed = false;
try {
	const staged = join(scratch, folder);
	for (const [relative, bytes] of files) {
		await mkdir(dirname(join(staged, relative)), { recursive: true });
		await writeFile(join(staged, relative), bytes);
	}
	problems.push(...(await validateEntry(staged, { root: scratch })));
	// The entry checks the photos it names; a photo it does not name would still be published into the repository.
	for (const relative of [...files.keys()].filter((name) => name.startsWith('photos/'))) {
		const finding = await inspectPhoto(join(staged, relative));
		if (finding) problems.push(problem({ file: `${folder}/${relative}`, line: 0, field: '' }, finding));
	}
	if (problems.length === 0 && !existing()) {
		await rm(target, { recursive: true, force: true });
		await mkdir(dirname(target), { recursive: true });
		// rename() cannot cross file systems (the temporary folder is often on another one): copy there instead.
		await rename(staged, target).catch(() => cp(staged, target, { recursive: true }));
		placed = true;
	}
} finally {
	await rm(scratch, { recursive: true, force: true });
}
if (problems.length > 0) refuse(`\n${formatProblems(problems)}\n\nЖазба қабылданбады. / The entry was not imported.`);
// Another import may have put the folder there while this one was checking.
if (!placed) refuse(exists);

console.log(`${folder}/: ${files.size} файл, тексеруден өтті. / ${files.size} file(s), passed the validator.

Келесі қадамдар / Next:
  git switch -c entry/${slug}
  npm run validate -- ${folder}
  git add ${folder}
  git commit -m "Add ${slug}, received as a .zip"
  git push -u origin entry/${slug}     # then open a pull request`);

function parse() {
	return parseArgs({
		allowPositionals: true,
		options: { force: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	});
}
