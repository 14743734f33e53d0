/**
 * CI refuses a symbolic link anywhere under content/, as git records it (mode 120000): an entry folder, a story
 * or a photo that links elsewhere, made at test time in a real repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { script, slow } from '../support/workflow-scripts.ts';

/** A repository with one real entry, and whatever `add` puts beside it, committed. */
function repository(add: (dir: string) => void) {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
	git('init', '--quiet');
	mkdirSync(join(dir, 'content/businesses/dami/photos'), { recursive: true });
	writeFileSync(join(dir, 'content/businesses/dami/index.mdx'), '---\nname: Дәмді\n---\n');
	add(dir);
	git('add', '--all', '.');
	git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'entries');
	return dir;
}

async function check(dir: string) {
	const json = join(dir, '..', `${dir.split('/').pop()}.json`);
	try {
		const { stderr } = await script('content-links.ts', ['--json', json], {}, dir);
		return { status: 0, stderr, problems: JSON.parse(readFileSync(json, 'utf8')) };
	} catch (error) {
		const failed = error as { code: number; stderr: string };
		return { status: failed.code, stderr: failed.stderr, problems: JSON.parse(readFileSync(json, 'utf8')) };
	}
}

describe('content-links.ts', slow, () => {
	it('passes plain files and folders', async () => {
		expect(await check(repository(() => {}))).toEqual({ status: 0, stderr: '', problems: [] });
	});

	it.each([
		[
			'an entry folder that is a link',
			(dir: string) => symlinkSync('../../src', join(dir, 'content/businesses/x')),
			'content/businesses/x',
			'symbolic link → ../../src',
		],
		[
			'an index.mdx that is a link',
			(dir: string) => {
				mkdirSync(join(dir, 'content/businesses/y'));
				symlinkSync('../../../README.md', join(dir, 'content/businesses/y/index.mdx'));
			},
			'content/businesses/y/index.mdx',
			'symbolic link → ../../../README.md',
		],
		[
			'a photo that links to a file of the machine',
			(dir: string) => symlinkSync('/etc/passwd', join(dir, 'content/businesses/dami/photos/cover.jpg')),
			'content/businesses/dami/photos/cover.jpg',
			'symbolic link → /etc/passwd',
		],
		[
			'a link outside the entries',
			(dir: string) => symlinkSync('/etc/hostname', join(dir, 'content/site-extra.json')),
			'content/site-extra.json',
			'symbolic link → /etc/hostname',
		],
	])('refuses %s, naming the file', async (_, add, file, found) => {
		const result = await check(repository(add));
		expect(result.status).toBe(1);
		expect(result.problems).toEqual([
			{
				file,
				rule: 'content-link',
				kk: expect.any(String),
				en: 'Symbolic links are not allowed under content/: add the file or folder itself instead.',
				found,
				expected: 'a plain file',
			},
		]);
		expect(result.stderr).toBe(`Refused under content/: ${JSON.stringify(file)} is a symbolic link.\n`);
	});

	it('keeps a hostile link name on one line of the log', async () => {
		const result = await check(
			repository((dir) => symlinkSync('/etc/passwd', join(dir, 'content/businesses/dami/photos/x\n::error::forged.jpg'))),
		);
		expect(result.stderr).toBe('Refused under content/: "content/businesses/dami/photos/x\\n::error::forged.jpg" is a symbolic link.\n');
	});
});
