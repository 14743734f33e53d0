/**
 * npm run new [-- --root <dir>]: asks for a new entry's fields one at a time, in Kazakh with English beside,
 * checks each answer with the entry schema as it is given, and writes content/businesses/<slug>/ with
 * index.mdx and photos/ (copying in the photo files named). Answers can be piped in, one per line.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import en from '../src/i18n/en.json' with { type: 'json' };
import kk from '../src/i18n/kk.json' with { type: 'json' };
import { today } from '../src/entry/entry-input.ts';
import { localeTag } from '../src/lib/locale.ts';
import { type Template, type TemplateValues, templateFormatter } from '../src/lib/template.ts';
import type { AnswerMessage } from '../src/entry/entry-messages.ts';
import { photoFileName } from '../src/entry/photo-rules.ts';
import { draftOf, answerProblems } from '../src/entry/entry-check.ts';
import { entriesDir } from '../src/validate/content-files.ts';
import { type Answers, entryFiles } from './new-entry.ts';
import { type Question, businessQuestions, financingQuestions, photoQuestions, productQuestions } from './new-questions.ts';

const { values: options } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const root = resolve(options.root);
const date = today();
const answers: Answers = { fields: [], story: '', photos: [] };
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();

type Key = keyof typeof kk;
const bilingual = [
	{ dictionary: kk, format: templateFormatter(localeTag.kk) },
	{ dictionary: en, format: templateFormatter(localeTag.en) },
];
/** A dictionary string in Kazakh, then English, with {names} filled in; a key the dictionaries lack stands as its name. */
const both = (key: string, values: TemplateValues = {}) =>
	bilingual.map(({ dictionary, format }) => format((dictionary[key as Key] as Template | undefined) ?? key, values)).join(' / ');

/** Words only the terminal needs. */
const phrases = {
	start: 'Каталогқа жаңа жазба. Міндетті емес сұраққа Enter басыңыз. / A new catalogue entry. Press Enter to skip an optional question.',
	optional: '(міндетті емес / optional)',
	numbers: 'нөмірі / number',
	several: 'нөмірлері үтір арқылы, мысалы 1, 3 / numbers separated by commas, e.g. 1, 3',
	photo: 'файлдың жолы немесе атауы, мысалы ~/Photos/nan.jpg / a file path or name, e.g. ~/Photos/nan.jpg',
	more: 'тағы біреу ме? Болмаса Enter / another one? Enter if not',
	story: 'Соңында бөлек жолға нүкте (.) қойыңыз. / End with a line holding only a dot (.).',
	ended: 'Жауаптар бітіп қалды, жазба жасалмады. / The answers ran out; no entry was written.',
	photos: 'Суреттер осы қалтаға / Photos go into',
	check: 'Тексеріңіз / Check it',
};

/** The next line typed or piped in. */
async function line(prompt: string): Promise<string> {
	process.stdout.write(prompt);
	const next = await lines.next();
	if (next.done) {
		console.error(`\n${phrases.ended}`);
		process.exit(1);
	}
	// Piped answers are not echoed by a terminal: print them, so the transcript reads as a conversation.
	if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
	return next.value;
}

/** Asks one question until the answer is one the schema accepts; returns '' for a skipped optional one. */
async function ask(question: Question, number?: number): Promise<string> {
	const title = `${number === undefined ? '' : `${both(question.row!, { number })} · `}${both(question.label)}${question.lang ? ` (${both(`submit.lang.${question.lang}`)})` : ''}`;
	const choices = question.choices?.map((choice, index) => `  ${index + 1}. ${choice.label}`).join('\n');
	const hint = question.kind === 'photo' ? phrases.photo : question.many ? phrases.several : question.choices ? phrases.numbers : '';
	for (;;) {
		const another = question.starts === true && number !== undefined && number > 1;
		const optional = question.optional === true || another;
		const note = another ? ` (${phrases.more})` : optional ? ` ${phrases.optional}` : '';
		const raw = (await line(`\n${title}${note}\n${choices ? `${choices}\n` : ''}${hint ? `(${hint})\n` : ''}> `)).trim();
		answers.fields = answers.fields.filter((field) => field.path !== question.path);
		if (!raw && optional) return '';
		answers.fields.push({ path: question.path, kind: question.many ? 'list' : question.kind, value: read(question, raw) });
		const problem = problemAt(question.path);
		if (!problem) return raw;
		console.log(`  ! ${both(problem.key, problem.values)}`);
	}
}

/** An answer as the entry takes it: numbers of choices become their ids, photo files are copied in under a usable name. */
function read(question: Question, raw: string): string | string[] {
	const choice = (token: string) => question.choices?.[Number(token) - 1]?.id ?? token;
	if (question.many)
		return raw
			.split(/[\s,;]+/)
			.filter(Boolean)
			.map(choice);
	if (question.choices) return choice(raw);
	if (question.kind !== 'photo') return raw;
	const file = resolve(raw.replace(/^~(?=\/)/, process.env['HOME'] ?? '~'));
	answers.photos = answers.photos.filter((photo) => photo.from !== file);
	if (!existsSync(file) || !statSync(file).isFile()) return raw;
	const name = photoFileName(basename(file), new Set(answers.photos.map((photo) => photo.name)));
	answers.photos.push({ from: file, name });
	return name;
}

/** What is wrong at a path, or at the group it belongs to, or inside it. */
function problemAt(path: string): AnswerMessage | undefined {
	const problems = answerProblems(draftOf(answers.fields, date), (slug) => existsSync(join(root, entriesDir, slug)));
	for (const [at, message] of problems) if (at === path || path.startsWith(`${at}.`) || at.startsWith(`${path}.`)) return message;
	return undefined;
}

/** Asks a group of questions for row after row, until the row's first question is skipped. */
async function rows(list: string, questions: Question[]): Promise<void> {
	for (let index = 0; ; index++) {
		for (const question of questions) {
			const answer = await ask({ ...question, path: `${list}.${index}.${question.path}` }, index + 1);
			if (question.starts && !answer) return;
		}
	}
}

console.log(phrases.start);
for (const question of businessQuestions) await ask(question);
while (problemAt('contacts')?.key === 'submit.error.contact') {
	console.log(`  ! ${both('submit.error.contact')}`);
	for (const question of businessQuestions.filter((question) => question.path.startsWith('contacts.'))) await ask(question);
}
await rows('photos', photoQuestions);
await rows('products', productQuestions);
await rows('financing', financingQuestions);
console.log(`\n${both('submit.field.story')}. ${phrases.story}`);
const story: string[] = [];
for (let text = await line('> '); text.trim() !== '.'; text = await line('> ')) story.push(text);
answers.story = story.join('\n');

const entry = entryFiles(answers, date);
for (const folder of entry.folders) mkdirSync(join(root, folder), { recursive: true });
for (const file of entry.files) {
	mkdirSync(dirname(join(root, file.path)), { recursive: true });
	writeFileSync(join(root, file.path), file.text);
}
for (const copy of entry.copies) copyFileSync(copy.from, join(root, copy.to));
const planned = draftOf(answers.fields, date);
console.log(`\n✓ ${entry.files.map((file) => file.path).join(', ')}`);
console.log(`${phrases.photos} ${entry.folders[0]}: ${listPhotos(planned)}`);
console.log(`\n${phrases.check}: npm run validate ${entriesDir}/${entry.slug}`);

/** The photo names the entry uses, marking those already copied in. */
function listPhotos(data: ReturnType<typeof draftOf>): string {
	const copied = new Set(answers.photos.map((photo) => photo.name));
	const names = JSON.stringify(data).match(/\.\/photos\/[^"]+/g) ?? [];
	return [...new Set(names.map((src) => src.slice('./photos/'.length)))].map((name) => (copied.has(name) ? `${name} ✓` : name)).join(', ');
}
