import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bakeryFields } from '../support/bakery-answers';
import { validateEntry } from '../../src/validate';
import { type Answers, entryFiles } from '../../scripts/new-entry';
import { draftOf, answerProblems } from '../../src/entry/entry-check';

const script = new URL('../../scripts/new.ts', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'showcase-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The answers of a volunteer entering a small bakery, as the prompts record them. */
function bakery(): Answers {
	const fields = bakeryFields('oven.jpg');
	return { fields, story: 'Бірінші абзац.', photos: [{ from: '/home/me/Photos/IMG 01.jpg', name: 'oven.jpg' }] };
}

describe('answers -> files', () => {
	const files = entryFiles(bakery(), '2026-11-20');

	it('names the folder by the slug of the Kazakh name', () => expect(files.slug).toBe('saule-naubaihanasy'));

	it('writes the entry, makes the photos folder and copies the photos in', () => {
		expect(files.files.map((file) => file.path)).toEqual(['content/businesses/saule-naubaihanasy/index.mdx']);
		expect(files.folders).toEqual(['content/businesses/saule-naubaihanasy/photos/']);
		expect(files.copies).toEqual([{ from: '/home/me/Photos/IMG 01.jpg', to: 'content/businesses/saule-naubaihanasy/photos/oven.jpg' }]);
	});

	it.each([
		['the price, read from «1 200»', 'price: 1200'],
		['the phone, in the usual writing', 'whatsapp: "+7 700 000 00 05"'],
		['the day it was listed', 'listed: "2026-11-20"'],
		['the story after the front matter', '---\n\nБірінші абзац.\n'],
	])('has %s', (_, text) => expect(files.files[0]!.text).toContain(text));

	it('refuses answers that are not an entry yet, naming the fields', () => {
		const answers = bakery();
		answers.fields = answers.fields.filter((field) => field.path !== 'owner' && field.path !== 'products.0.price');
		expect(() => entryFiles(answers, '2026-11-20')).toThrow(/owner, products\.0\.price|products\.0\.price, owner/);
	});

	it('says a name is taken when its folder exists', () => {
		expect(answerProblems(draftOf(bakery().fields, '2026-11-20'), (slug) => slug === 'saule-naubaihanasy').get('name.kk')).toEqual({
			key: 'submit.error.taken',
		});
	});
});

/** Runs `npm run new` in a scratch project root with answers piped in, one per line. */
function runNew(root: string, answers: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = execFile(process.execPath, [script, '--root', root], { timeout: 20_000 }, (error, stdout, stderr) =>
			resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
		child.stdin!.end(answers.map((answer) => `${answer}\n`).join(''));
	});
}

describe('npm run new with answers piped in', () => {
	const root = join(scratch, 'project');
	const photo = join(scratch, 'IMG 01.jpg');
	const answers = [
		'Сәуле наубайханасы',
		'',
		'Saule Bakery',
		'Гүлнар Сейітова',
		'Тандыр наны: таңертең ыстық.',
		'',
		'',
		'1',
		'1',
		'2021',
		'3',
		'1, 2',
		'1',
		'1 2',
		'8 (700) 000-00-05',
		'',
		'@saule_nan',
		'',
		'Әйтеке би, Жанқожа батыр к-сі, 12',
		photo,
		'Тандыр',
		'',
		'Тандыр нан',
		'Ыстық, жұмсақ',
		'2ОО',
		'1 200',
		'1',
		'',
		'1',
		'',
		'',
		'',
		'',
		'nan.jpg',
		'',
		'5',
		'2020',
		'',
		'',
		'Пеш',
		'',
		'Гүлнар апай 2021 жылы тандыр салды.',
		'',
		'Нан {күн сайын} піседі.',
		'.',
	];
	let run: Awaited<ReturnType<typeof runNew>>;

	beforeAll(async () => {
		mkdirSync(root, { recursive: true });
		writeFileSync(
			photo,
			await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c9953f' } })
				.jpeg()
				.toBuffer(),
		);
		run = await runNew(root, answers);
	});

	const folder = () => join(root, 'content/businesses/saule-naubaihanasy');

	it('finishes and tells the volunteer to validate', () => {
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('npm run validate content/businesses/saule-naubaihanasy');
	});

	it('asks again, in Kazakh and English, when a price is not a number', () =>
		expect(run.stdout).toContain('Бағаны теңгемен, бүтін оң санмен жазыңыз, мысалы 1 200. / Write the price in tenge'));

	it('copies the named photo in under a usable name', () => expect(existsSync(join(folder(), 'photos/img-01.jpg'))).toBe(true));

	it('writes an entry the validator accepts once the planned photo is added', async () => {
		writeFileSync(join(folder(), 'photos/nan.jpg'), readFileSync(photo));
		expect(await validateEntry(folder(), { root })).toEqual([]);
	});

	it('writes nothing when the answers run out', async () => {
		const short = join(scratch, 'short');
		mkdirSync(short);
		const result = await runNew(short, answers.slice(0, 5));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('no entry was written');
		expect(existsSync(join(short, 'content'))).toBe(false);
	});
});
