/**
 * Turns an issue written with the "Add my business" form into an entry folder: content/businesses/<slug>/
 * with index.mdx and the attached photos. Run by .github/workflows/entry-from-issue.yml; the issue is read from
 * the event file GitHub writes ($GITHUB_EVENT_PATH), never from the command line, and is treated as data only.
 *
 *   node scripts/issue-to-entry.ts [--event event.json] [--root .] [--problems problems.json] [--offline]
 *
 * Writes `slug`, `branch`, `written` and `problems` to $GITHUB_OUTPUT when it is set. Problems the validator
 * cannot see (consent not ticked, a photo given as a link, a name already taken) go to --problems as JSON.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entriesDir } from '../src/validate/content-files.ts';
import { entryMdx, entryPath, entrySlug, photosFolder, photoSrc, type EntryData } from '../src/entry/entry-mdx.ts';
import { issueToEntry, readAnswers, type EntryPhoto, type IssueProblem } from './github/issue-form.ts';
import { entryBranch } from './github/issue-gate.ts';
import { photoAlt, photoExtension, photoLinks } from './github/issue-photos.ts';
import { downloadAttachment } from './issue-download.ts';
import { readFormVocabularies } from './issue-form.ts';

const { values: options } = parseArgs({
	options: {
		event: { type: 'string', default: process.env.GITHUB_EVENT_PATH },
		root: { type: 'string', default: '.' },
		problems: { type: 'string' },
		offline: { type: 'boolean', default: false },
	},
});

if (!options.event) throw new Error('No event file: pass --event or set GITHUB_EVENT_PATH.');
const { issue } = JSON.parse(readFileSync(options.event, 'utf8')) as { issue: { number: number; body: string | null; created_at: string } };
if (!Number.isInteger(issue.number) || issue.number < 1) throw new Error('The event has no issue number.');

const answers = readAnswers(issue.body ?? '');
const problems: IssueProblem[] = [];
const slug = entrySlug({ name: answers['name-kk'] ?? '' }) || `entry-${issue.number}`;
const folder = join(options.root, entriesDir, slug);
let written = false;

if (existsSync(folder)) {
	problems.push({
		field: 'name',
		kk: `«${slug}» атты жазба бұрыннан бар. Бұл сіздің кәсібіңіз болса, модераторға жазыңыз; әйтпесе атауға елді мекенді қосыңыз.`,
		en: `An entry named “${slug}” already exists. If it is yours, ask a maintainer to update it; otherwise add your village to the name.`,
	});
} else {
	const links = photoLinks(answers.photos ?? '');
	problems.push(...links.problems);
	mkdirSync(join(options.root, photosFolder(slug)), { recursive: true });
	const name = answers['name-kk'] || slug;
	const photos: EntryPhoto[] = [];
	for (const [index, link] of links.photos.entries()) {
		if (options.offline) break;
		try {
			const bytes = await downloadAttachment(link.url);
			const extension = photoExtension(bytes);
			if (!extension) {
				problems.push({
					field: `photos[${index}]`,
					kk: `${index + 1}-сурет JPEG, PNG не WebP емес. Суретті осы пішімдердің бірінде тіркеңіз.`,
					en: `Photo ${index + 1} is not a JPEG, PNG or WebP image. Attach it in one of those formats.`,
				});
				continue;
			}
			const file = `photo-${photos.length + 1}.${extension}`;
			writeFileSync(join(options.root, photosFolder(slug), file), bytes);
			photos.push({ src: photoSrc(file), alt: photoAlt(link, name, photos.length + 1) });
		} catch (error) {
			problems.push({
				field: `photos[${index}]`,
				kk: `${index + 1}-сурет жүктелмеді (${(error as Error).message}). Оны қайта тіркеп көріңіз.`,
				en: `Photo ${index + 1} could not be downloaded (${(error as Error).message}). Try attaching it again.`,
			});
		}
	}
	const today = new Date().toISOString().slice(0, 10);
	const listed = /^\d{4}-\d{2}-\d{2}/.test(issue.created_at ?? '') ? issue.created_at.slice(0, 10) : today;
	const entry = issueToEntry(answers, readFormVocabularies(), photos, { listed, lastChecked: today });
	problems.push(...entry.problems);
	writeFileSync(join(options.root, entryPath(slug)), entryMdx(entry.data as EntryData, entry.story));
	written = true;
}

const entryFile = entryPath(slug);
if (options.problems)
	writeFileSync(
		options.problems,
		`${JSON.stringify(
			problems.map((problem) => ({ file: entryFile, ...problem })),
			null,
			'\t',
		)}\n`,
	);
if (process.env.GITHUB_OUTPUT) {
	// The slug is lower-case ASCII and hyphens by construction, so these lines cannot break the output file's format.
	appendFileSync(
		process.env.GITHUB_OUTPUT,
		`slug=${slug}\nbranch=${entryBranch(issue.number)}\nwritten=${written}\nproblems=${problems.length}\n`,
	);
}
console.log(`${written ? 'Wrote' : 'Did not write'} ${entryFile}; ${problems.length} problem(s) found while reading the issue.`);
