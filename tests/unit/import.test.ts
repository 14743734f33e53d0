/** `npm run import -- entry.zip`: what the submit form's .zip becomes, and every hostile .zip refused before content/. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ZipOptions, zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/components/submit/check';
import { entryZip } from '../../src/entry/entry-zip';
import { ArchiveError, readEntryZip } from '../../scripts/import-zip';
import { limits } from '../../src/validate/limits';
import { messages } from '../../src/validate/messages';
import { validateEntry } from '../../src/validate';
import { bakeryFields } from '../support/bakery-answers';

const project = new URL('../../', import.meta.url).pathname;
const node = join(project, 'node_modules/.bin/node');
const script = join(project, 'scripts/import.ts');
const scratch = mkdtempSync(join(tmpdir(), 'showcase-import-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The answers of a bakery as the submit form reads them, with two photos picked. */
const fields = bakeryFields('img-0001.jpg');
const slug = 'saule-naubaihanasy';
let mdx: string;
let jpeg: Uint8Array;

beforeAll(async () => {
	const checked = check({
		fields,
		story: 'Нан {күн сайын} піседі: <таңғы> 6-да.',
		repository: 'https://github.com/o/r',
		taken: [],
		photoMessages: new Map(),
	});
	expect(checked.slug).toBe(slug);
	mdx = checked.entry!.mdx;
	jpeg = new Uint8Array(
		await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c9953f' } })
			.jpeg()
			.toBuffer(),
	);
});

/** A project folder with an empty catalogue to import into. */
function project_(): string {
	const root = mkdtempSync(join(scratch, 'project-'));
	mkdirSync(join(root, 'content/businesses'), { recursive: true });
	return root;
}

/** Writes a .zip into the scratch folder. */
function zipFile(data: Uint8Array): string {
	const file = join(mkdtempSync(join(scratch, 'zip-')), 'entry.zip');
	writeFileSync(file, data);
	return file;
}

/** The form's own .zip of the bakery, with the given photos (both, by default). */
function formZip(
	photos = new Map([
		['img-0001.jpg', jpeg],
		['nan.jpg', jpeg],
	]),
): string {
	return zipFile(entryZip(slug, mdx, photos));
}

/** A .zip with exactly these members, as a hostile or careless sender would make it. */
function rawZip(members: Record<string, Uint8Array | [Uint8Array, ZipOptions & { os?: number; attrs?: number }]>): string {
	return zipFile(zipSync(members));
}

/** The good entry's members, under other names or with others added. */
function entryMembers(extra: Record<string, Uint8Array | [Uint8Array, ZipOptions & { os?: number; attrs?: number }]> = {}) {
	return {
		[`${slug}/index.mdx`]: new TextEncoder().encode(mdx),
		[`${slug}/photos/img-0001.jpg`]: jpeg,
		[`${slug}/photos/nan.jpg`]: jpeg,
		...extra,
	};
}

/** Runs the import and returns its exit code and output. */
async function importZip(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(node, [script, `--root=${root}`, ...args], { cwd: root });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

/** Every path under content/, to show that a refused import wrote nothing. */
function contentOf(root: string): string[] {
	return readdirSync(join(root, 'content'), { recursive: true }).map(String).sort();
}

// Each run starts Node and loads the validator: seconds apiece on a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
	it('puts the submit form’s .zip in place as an entry that passes the validator, index.mdx byte for byte', async () => {
		const root = project_();
		const { code, stdout } = await importZip(root, formZip());
		expect(code).toBe(0);
		expect(stdout).toContain(`content/businesses/${slug}/: 3`);
		expect(stdout).toContain(`git switch -c entry/${slug}`);
		const folder = join(root, 'content/businesses', slug);
		expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toBe(mdx);
		expect(new Uint8Array(readFileSync(join(folder, 'photos/nan.jpg')))).toEqual(jpeg);
		expect(await validateEntry(folder, { root })).toEqual([]);
	});

	it('replaces an existing entry only with --force', async () => {
		const root = project_();
		mkdirSync(join(root, 'content/businesses', slug));
		writeFileSync(join(root, 'content/businesses', slug, 'index.mdx'), 'old');
		const refused = await importZip(root, formZip());
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('This entry exists already: add --force to replace it.');
		expect(readFileSync(join(root, 'content/businesses', slug, 'index.mdx'), 'utf8')).toBe('old');
		expect((await importZip(root, '--force', formZip())).code).toBe(0);
		expect(readFileSync(join(root, 'content/businesses', slug, 'index.mdx'), 'utf8')).toBe(mdx);
	});

	it('says how to use it, with exit code 2, when no .zip or a missing one is named', async () => {
		const root = project_();
		expect((await importZip(root)).code).toBe(2);
		expect((await importZip(root, join(root, 'nothing.zip'))).stderr).toContain('No such path');
	});
});

/** A single-member .zip whose headers declare `declared` bytes for a member that inflates to far more. */
function lyingZip(name: string, actual: number, declared: number): string {
	const data = zipSync({ [name]: [new Uint8Array(actual), { level: 1 }] });
	const view = new DataView(data.buffer);
	for (let offset = 0; offset < data.length - 4; offset++) {
		const signature = view.getUint32(offset, true);
		// Uncompressed size: at 22 in the local header, at 24 in the central directory's.
		if (signature === 0x04034b50) view.setUint32(offset + 22, declared, true);
		if (signature === 0x02014b50) view.setUint32(offset + 24, declared, true);
	}
	return zipFile(data);
}

const link = (target: string): [Uint8Array, { os: number; attrs: number }] => [
	new TextEncoder().encode(target),
	{ os: 3, attrs: (0o120777 << 16) >>> 0 },
];
const photos = Object.fromEntries(Array.from({ length: limits.archiveMembers }, (_, index) => [`${slug}/photos/p${index}.jpg`, jpeg]));

// The zip bombs are made at run time: a few MB of zeros, compressed, take a second or two.
describe('a hostile or broken .zip is refused, naming the member', { timeout: 30_000 }, () => {
	it.each<[string, () => string, string, string]>([
		[
			'a path out of the folder',
			() => rawZip(entryMembers({ [`${slug}/../../evil.mdx`]: new Uint8Array(1) })),
			`${slug}/../../evil.mdx`,
			'The name leads out of the entry folder',
		],
		['an absolute path', () => rawZip(entryMembers({ '/etc/cron.d/evil': new Uint8Array(1) })), '/etc/cron.d/evil', 'An absolute path'],
		['a drive letter', () => rawZip(entryMembers({ 'C:/evil.mdx': new Uint8Array(1) })), 'C:/evil.mdx', 'An absolute path'],
		['backslashes', () => rawZip(entryMembers({ [`${slug}\\photos\\x.jpg`]: jpeg })), `${slug}\\photos\\x.jpg`, 'A backslash'],
		[
			'a symbolic link',
			() => rawZip(entryMembers({ [`${slug}/photos/passwd.jpg`]: link('/etc/passwd') })),
			`${slug}/photos/passwd.jpg`,
			'A symbolic link',
		],
		[
			'too many members',
			() => rawZip({ [`${slug}/index.mdx`]: new TextEncoder().encode(mdx), ...photos }),
			'',
			`Too many members: ${limits.archiveMembers + 1}`,
		],
		[
			'a zip bomb',
			() => rawZip(entryMembers({ [`${slug}/photos/bomb.jpg`]: [new Uint8Array(12 * 1024 * 1024), { level: 1 }] })),
			`${slug}/photos/bomb.jpg`,
			'Too big: 12 MB unpacked, at most 8 MB',
		],
		[
			'a zip bomb lying about its size',
			() => lyingZip(`${slug}/index.mdx`, 12 * 1024 * 1024, 1000),
			`${slug}/index.mdx`,
			'Unpacks to more than the .zip declares',
		],
		[
			'two entry folders',
			() => rawZip(entryMembers({ 'other-entry/index.mdx': new TextEncoder().encode(mdx) })),
			'other-entry/index.mdx',
			`A second folder: a .zip holds one entry folder, ${slug}/`,
		],
		[
			'the same name twice',
			() => rawZip(entryMembers({ [`${slug}/photos/NAN.jpg`]: jpeg })),
			`${slug}/photos/NAN.jpg`,
			'The same name twice',
		],
		[
			'a file no entry holds',
			() => rawZip(entryMembers({ [`${slug}/run.sh`]: new Uint8Array(1) })),
			`${slug}/run.sh`,
			'Not a file of an entry folder',
		],
		['no entry file', () => rawZip({ [`${slug}/photos/nan.jpg`]: jpeg }), `${slug}/index.mdx`, 'No entry in the .zip'],
		['not a .zip at all', () => zipFile(new TextEncoder().encode('<html>')), '', 'Not a .zip file'],
	])('%s', async (_, make, member, message) => {
		const refused = await readEntryZip(make()).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(refused).toBeInstanceOf(ArchiveError);
		expect((refused as ArchiveError).member).toBe(member);
		expect((refused as ArchiveError).en).toContain(message);
	});
});

describe('a refused .zip writes nothing to content/', { timeout: 60_000 }, () => {
	it('says the member and what is wrong, with exit code 1', async () => {
		const root = project_();
		const { code, stderr } = await importZip(root, rawZip(entryMembers({ [`${slug}/../../evil.mdx`]: new Uint8Array(1) })));
		expect(code).toBe(1);
		expect(stderr).toContain(`: ${slug}/../../evil.mdx\n`);
		expect(stderr).toContain('The name leads out of the entry folder');
		expect(contentOf(root)).toEqual(['businesses']);
	});

	it('a photo the validator refuses, with the validator’s own message', async () => {
		const root = project_();
		const small = new Uint8Array(
			await sharp({ create: { width: 200, height: 150, channels: 3, background: '#000' } })
				.jpeg()
				.toBuffer(),
		);
		const { code, stderr } = await importZip(
			root,
			formZip(
				new Map([
					['img-0001.jpg', jpeg],
					['nan.jpg', small],
				]),
			),
		);
		expect(code).toBe(1);
		expect(stderr).toContain(`content/businesses/${slug}/photos/nan.jpg`);
		expect(stderr).toContain(messages['photo-too-small'].en);
		expect(stderr).toContain('The entry was not imported.');
		expect(contentOf(root)).toEqual(['businesses']);
	});

	it('a photo sent as text under a photo name', async () => {
		const root = project_();
		const { code, stderr } = await importZip(
			root,
			rawZip(entryMembers({ [`${slug}/photos/nan.jpg`]: new TextEncoder().encode('<svg onload="alert(1)"/>') })),
		);
		expect(code).toBe(1);
		expect(stderr).toContain(messages['photo-format'].en);
		expect(contentOf(root)).toEqual(['businesses']);
	});
});
