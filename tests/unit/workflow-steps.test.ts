/**
 * The workflows' shell steps run as GitHub runs them, on real git repositories made at test time, with hostile
 * input: a symbolic link in a pull request or in an issue's entry, a slug that is a path, a renamed entry under
 * review, branch names the bot never gives. `gh` and `npm` are stand-ins that record their calls.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, slow } from '../support/workflow-scripts.ts';
import { runStep, stepScript } from '../support/workflow-steps.ts';

const identity = ['-c', 'user.name=Maintainer', '-c', 'user.email=maintainer@example.com'];

/** git in a folder, its output trimmed. */
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** Writes files (path -> text) under a folder. */
function write(dir: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

const entry = (name: string) => `---\nname: ${name}\n---\n\nНан пісіреміз.\n`;

describe('check.yml: the changed-entries step', slow, () => {
	/** A pull request's merge commit: HEAD^1 is the base, HEAD adds what `change` does. */
	function mergeCommit(change: (dir: string) => void) {
		const dir = mkdtempSync(join(tmpdir(), 'check-'));
		git(dir, 'init', '--quiet', '--initial-branch=main');
		mkdirSync(join(dir, 'scripts'));
		cpSync(join(repositoryRoot, 'scripts/content-links.ts'), join(dir, 'scripts/content-links.ts'));
		write(dir, { 'content/businesses/dami/index.mdx': entry('Дәмді') });
		git(dir, 'add', '--all');
		git(dir, ...identity, 'commit', '--quiet', '-m', 'base');
		git(dir, 'switch', '--quiet', '-c', 'pull');
		change(dir);
		git(dir, 'add', '--all');
		git(dir, ...identity, 'commit', '--quiet', '-m', 'pull request');
		git(dir, 'switch', '--quiet', 'main');
		git(dir, ...identity, 'merge', '--quiet', '--no-ff', '-m', 'merge', 'pull');
		return dir;
	}

	/** A stand-in npm that records the validator's arguments and finds nothing wrong. */
	const npm = `#!/bin/bash\nprintf '%s\\n' "$*" >> "$RUNNER_TEMP/npm-calls"\necho '{"ok":true,"entries":[],"problems":[]}'\n`;

	async function validate(dir: string) {
		const temp = mkdtempSync(join(tmpdir(), 'check-temp-'));
		const result = await runStep(stepScript('check.yml', 'entries', 'validate'), {
			cwd: dir,
			env: { PR_NUMBER: '5', RUNNER_TEMP: temp },
			bin: { npm },
		});
		const read = (file: string) => readFileSync(join(temp, file), 'utf8');
		return { ...result, read, npm: () => read('npm-calls') };
	}

	it('validates the entry folders the pull request changes', async () => {
		const result = await validate(mergeCommit((dir) => write(dir, { 'content/businesses/dami/index.mdx': entry('Дәмді нан') })));
		expect(result.outputs).toEqual({ status: '0' });
		expect(JSON.parse(result.read('check/entries.json'))).toEqual(['content/businesses/dami']);
		expect(result.npm()).toBe('run --silent validate -- --json content/businesses/dami\n');
	});

	// content-links.test.ts tries each kind of link; here, that the step refuses one and hands it to the comment.
	it('fails for an entry folder that is a link, and reports it for the comment', async () => {
		const result = await validate(mergeCommit((dir) => symlinkSync('../../src', join(dir, 'content/businesses/x'))));
		const file = 'content/businesses/x';
		expect(result.outputs).toEqual({ status: '1' });
		expect(JSON.parse(result.read('check/links.json'))).toMatchObject([
			{ file, rule: 'content-link', found: expect.stringMatching(/^symbolic link → /) },
		]);
		expect(result.read('check/status')).toBe('1\n');
	});
});

describe('entry-from-issue.yml: the read job refuses anything but files and folders', slow, () => {
	const step = stepScript('entry-from-issue.yml', 'read', 'Refuse anything in content/ that is not a file or a folder');

	it('passes plain files', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'read-'));
		write(dir, { 'content/businesses/dami/index.mdx': entry('Дәмді') });
		expect((await runStep(step, { cwd: dir })).status).toBe(0);
	});

	it('stops at a symbolic link', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'read-'));
		write(dir, { 'content/businesses/dami/index.mdx': entry('Дәмді') });
		mkdirSync(join(dir, 'content/businesses/dami/photos'));
		symlinkSync('/etc/passwd', join(dir, 'content/businesses/dami/photos/photo-1.jpg'));
		const result = await runStep(step, { cwd: dir });
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('::error::content/ holds something that is not a plain file or folder');
	});
});

describe('entry-from-issue.yml: the push step', slow, () => {
	const step = stepScript('entry-from-issue.yml', 'pull-request', 'push');

	/** The repository on GitHub (a bare one) with one entry on main, and a checkout of main as the job has it. */
	function repositories() {
		const dir = mkdtempSync(join(tmpdir(), 'push-'));
		const origin = join(dir, 'origin.git');
		const seed = join(dir, 'seed');
		git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
		git(dir, 'clone', '--quiet', `file://${origin}`, seed);
		write(seed, { 'content/businesses/aqbala/index.mdx': entry('Ақбала') });
		git(seed, 'add', '--all');
		git(seed, ...identity, 'commit', '--quiet', '-m', 'The catalogue');
		git(seed, 'push', '--quiet', 'origin', 'HEAD:main');
		return { dir, origin };
	}

	/** Runs the step for issue #7 with the entry `files` (as the read job left them) and the pull request `pull`. */
	async function push(
		repos: { dir: string; origin: string },
		slug: string,
		files: Record<string, string>,
		pull = '',
		links: Record<string, string> = {},
	) {
		const work = mkdtempSync(join(repos.dir, 'job-'));
		git(repos.dir, 'clone', '--quiet', '--depth=1', `file://${repos.origin}`, work);
		const temp = mkdtempSync(join(repos.dir, 'temp-'));
		write(join(temp, 'out'), {
			'comment.md': '✅\n',
			...Object.fromEntries(Object.entries(files).map(([path, text]) => [`entry/${path}`, text])),
		});
		for (const [path, target] of Object.entries(links)) symlinkSync(target, join(temp, 'out/entry', path));
		const result = await runStep(step, {
			cwd: work,
			env: {
				RUNNER_TEMP: temp,
				SLUG: slug,
				BRANCH: 'entry/issue-7',
				PULL: pull,
				ISSUE: '7',
				BASE: 'main',
				PULLS_URL: 'https://github.com/o/r/pull',
				RUN_URL: 'https://github.com/o/r/actions/runs/1',
			},
		});
		const read = (file: string) => readFileSync(join(temp, file), 'utf8');
		return { ...result, read };
	}

	const branch = (origin: string) => git(origin, 'log', '--format=%H %P %s', 'entry/issue-7');
	const tree = (origin: string) => git(origin, 'ls-tree', '-r', '--name-only', 'entry/issue-7', 'content/businesses').split('\n');

	it('opens the pull request from entry/issue-7, and says what ran', async () => {
		const repos = repositories();
		const result = await push(repos, 'dami', { 'index.mdx': entry('Дәмді'), 'photos/photo-1.jpg': 'jpeg' });
		expect(result.status, result.stderr).toBe(0);
		expect(result.outputs).toMatchObject({ pushed: 'true', pull: '21', before: '' });
		expect(tree(repos.origin)).toEqual([
			'content/businesses/aqbala/index.mdx',
			'content/businesses/dami/index.mdx',
			'content/businesses/dami/photos/photo-1.jpg',
		]);
		expect(result.gh).toEqual([
			'auth setup-git',
			expect.stringMatching(
				/^pr create --base main --head entry\/issue-7 --title Жаңа жазба \/ New entry: dami --body-file .* --label new-entry$/,
			),
		]);
		const body = result.read('pr-body.md');
		expect(body).toMatch(/^Closes #7\n/);
		expect(body).toContain(
			'The entry itself passed `npm run validate -- content/businesses/dami`. Every entry and the site build are checked next in the same run (https://github.com/o/r/actions/runs/1)',
		);
		expect(result.read('comment.md')).toBe('✅\n\nЖазба қосу сұранысы / Pull request: https://github.com/o/r/pull/21\n');
	});

	it('under review, adds a commit on top (no force-push), drops the old name of a renamed entry, and renames the pull request', async () => {
		const repos = repositories();
		await push(repos, 'dami', { 'index.mdx': entry('Дәмді'), 'photos/photo-1.jpg': 'jpeg' });
		const [first] = branch(repos.origin).split(' ');
		const result = await push(
			repos,
			'dami-nan',
			{ 'index.mdx': entry('Дәмді нан'), 'photos/photo-1.jpg': 'jpeg', 'photos/photo-2.jpg': 'jpeg 2' },
			'21',
		);
		expect(result.status, result.stderr).toBe(0);
		expect(result.outputs).toMatchObject({ pushed: 'true', pull: '21', before: first });
		const [head, parent, ...subject] = branch(repos.origin).split('\n')[0]!.split(' ');
		expect(parent).toBe(first);
		expect(result.outputs['sha']).toBe(head);
		expect(subject.join(' ')).toBe('Update the entry dami-nan from the edited issue #7');
		expect(tree(repos.origin)).toEqual([
			'content/businesses/aqbala/index.mdx',
			'content/businesses/dami-nan/index.mdx',
			'content/businesses/dami-nan/photos/photo-1.jpg',
			'content/businesses/dami-nan/photos/photo-2.jpg',
		]);
		expect(result.gh).toEqual(['auth setup-git', 'pr edit 21 --title Жаңа жазба / New entry: dami-nan']);
	});

	it('pushes nothing when the issue gives the entry the pull request has', async () => {
		const repos = repositories();
		await push(repos, 'dami', { 'index.mdx': entry('Дәмді') });
		const before = branch(repos.origin);
		const result = await push(repos, 'dami', { 'index.mdx': entry('Дәмді') }, '21');
		expect(result.outputs).toMatchObject({ pushed: 'false', pull: '21' });
		expect(branch(repos.origin)).toBe(before);
	});

	it('commits no symbolic link', async () => {
		const repos = repositories();
		const result = await push(repos, 'dami', { 'index.mdx': entry('Дәмді'), 'photos/.keep': '' }, '', {
			'photos/photo-1.jpg': '/etc/passwd',
		});
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('nothing was committed');
		expect(() => branch(repos.origin)).toThrow();
	});

	it.each([
		['a slug that is a path', '../../.github', '7'],
		['a branch of another issue', 'dami', '8'],
	])('refuses %s', async (_, slug, issue) => {
		const repos = repositories();
		const work = mkdtempSync(join(repos.dir, 'job-'));
		const result = await runStep(step, { cwd: work, env: { SLUG: slug, BRANCH: 'entry/issue-7', PULL: '', ISSUE: issue } });
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('::error::Unexpected slug, branch or pull request number');
		expect(result.gh).toEqual([]);
	});
});

describe('entry-branches.yml', slow, () => {
	const closed = stepScript('entry-branches.yml', 'closed', 'Delete the branch, and unless it was merged, take the label off its issue');
	const cwd = tmpdir();
	const answers = { 'DELETE repos/o/r/git/refs/heads/entry/issue-7': '', 'DELETE repos/o/r/issues/7/labels/new-entry': '[]' };

	it('deletes the branch of a pull request closed unmerged, and takes the label off its issue', async () => {
		const result = await runStep(closed, { cwd, env: { REPO: 'o/r', BRANCH: 'entry/issue-7', MERGED: 'false' }, answers });
		expect(result.gh).toEqual([
			'api --method DELETE repos/o/r/git/refs/heads/entry/issue-7',
			'api --method DELETE repos/o/r/issues/7/labels/new-entry',
		]);
	});

	it('after a merge, deletes the branch only', async () => {
		const result = await runStep(closed, { cwd, env: { REPO: 'o/r', BRANCH: 'entry/issue-7', MERGED: 'true' }, answers });
		expect(result.gh).toEqual(['api --method DELETE repos/o/r/git/refs/heads/entry/issue-7']);
	});

	it.each(['main', 'entry/../main', 'entry/issue-7/../../main', 'entry/x;rm -rf ~', 'entry/'])('leaves %s alone', async (branch) => {
		const result = await runStep(closed, { cwd, env: { REPO: 'o/r', BRANCH: branch, MERGED: 'false' }, answers });
		expect(result.status).toBe(0);
		expect(result.gh).toEqual([]);
	});

	it('the sweep deletes the bot’s branches that no open pull request of this repository uses, and nothing else', async () => {
		const sha = (n: number) => String(n).repeat(40);
		const bot = { commit: { committer: { email: '41898282+github-actions[bot]@users.noreply.github.com' } } };
		const result = await runStep(stepScript('entry-branches.yml', 'sweep', "Delete the bot's unused entry branches"), {
			cwd,
			env: { REPO: 'o/r', BOT_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com' },
			answers: {
				'GET repos/o/r/pulls?state=open&per_page=100': [
					{ head: { ref: 'entry/issue-7', repo: { full_name: 'o/r' } } },
					// A fork's branch of the same name does not keep the bot's branch alive.
					{ head: { ref: 'entry/issue-9', repo: { full_name: 'mallory/r' } } },
				],
				'GET repos/o/r/git/matching-refs/heads/entry/': [
					{ ref: 'refs/heads/entry/issue-7', object: { sha: sha(1) } },
					{ ref: 'refs/heads/entry/issue-8', object: { sha: sha(2) } },
					{ ref: 'refs/heads/entry/issue-9', object: { sha: sha(3) } },
					{ ref: 'refs/heads/entry/dami-3', object: { sha: sha(4) } },
					{ ref: 'refs/heads/entry/by-hand', object: { sha: sha(5) } },
					{ ref: 'refs/heads/entry/Odd_Name', object: { sha: sha(6) } },
				],
				[`GET repos/o/r/commits/${sha(2)}`]: bot,
				[`GET repos/o/r/commits/${sha(3)}`]: bot,
				[`GET repos/o/r/commits/${sha(4)}`]: bot,
				[`GET repos/o/r/commits/${sha(5)}`]: { commit: { committer: { email: 'maintainer@example.com' } } },
				'DELETE repos/o/r/git/refs/heads/entry/issue-8': '',
				'DELETE repos/o/r/git/refs/heads/entry/issue-9': '',
				'DELETE repos/o/r/git/refs/heads/entry/dami-3': '',
			},
		});
		expect(result.status, result.stderr).toBe(0);
		expect(result.gh.filter((call) => call.includes('DELETE'))).toEqual([
			'api --method DELETE repos/o/r/git/refs/heads/entry/issue-8',
			'api --method DELETE repos/o/r/git/refs/heads/entry/issue-9',
			'api --method DELETE repos/o/r/git/refs/heads/entry/dami-3',
		]);
	});
});
