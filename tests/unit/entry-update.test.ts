/**
 * A pull request the bot updates from an edited issue says what changed and needs a fresh approval:
 * scripts/github/issue-changes.ts, and scripts/entry-update.ts on a real git history against a stand-in GitHub API.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { changedFields, updateMarkdown } from '../../scripts/github/issue-changes.ts';
import { fakeGitHub, status } from '../support/fake-github.ts';
import { script, slow } from '../support/workflow-scripts.ts';

const entry = (name: string, story: string, photos = ['./photos/photo-1.jpg']) =>
	`---\nname: ${name}\nvillage: aiteke-bi\nphotos:\n${photos.map((src) => `  - src: ${src}\n    alt: Нан`).join('\n')}\n---\n\n${story}\n`;

describe('changedFields names what a reviewer must look at again', () => {
	it('the fields that differ, and the story', () => {
		expect(
			changedFields(
				entry('Дәмді', 'Нан пісіреміз.'),
				entry('Дәмді нан', 'Торт пісіреміз.', ['./photos/photo-1.jpg', './photos/photo-2.jpg']),
			),
		).toEqual(['name', 'photos', 'story']);
	});

	it('nothing when nothing changed', () => expect(changedFields(entry('Дәмді', 'Нан.'), entry('Дәмді', 'Нан.\n'))).toEqual([]));

	it('a field whose value changed deep inside, by its top-level name', () => {
		const products = (price: number) => `---\nname: Дәмді\nproducts:\n  - name: Нан\n    price: ${price}\nlastChecked: 2026-11-27\n---\n`;
		expect(changedFields(products(200), products(250))).toEqual(['products']);
	});
});

describe('updateMarkdown', () => {
	it('keeps every name inert, whatever it holds', () => {
		const comment = updateMarkdown({
			issue: 7,
			commit: 'abcdef1234567890',
			files: [{ status: 'A', path: 'content/businesses/x/photos/`` @octocat ![p](https://evil.example/p.png).jpg' }],
			fields: ['name'],
			dismissed: ['aigul'],
			kept: [],
		});
		expect(comment).toContain('- қосылды / added ```content/businesses/x/photos/`` @octocat ![p](https://evil.example/p.png).jpg```');
		expect(markdownToHtml(comment).html).not.toMatch(/<(?:a|img)\b/);
		expect(comment).toContain('Earlier approvals were dismissed (`aigul`)');
	});
});

/** A repository whose branch had the entry `dami`, then the update renamed it to `dami-nan` and changed it. */
function history() {
	const dir = mkdtempSync(join(tmpdir(), 'update-'));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
	git('init', '--quiet');
	git('config', 'user.email', 'bot@example.com');
	git('config', 'user.name', 'bot');
	mkdirSync(join(dir, 'content/businesses/dami/photos'), { recursive: true });
	writeFileSync(join(dir, 'content/businesses/dami/index.mdx'), entry('Дәмді', 'Нан пісіреміз.'));
	writeFileSync(join(dir, 'content/businesses/dami/photos/photo-1.jpg'), 'one');
	git('add', '.');
	git('commit', '--quiet', '-m', 'Add the entry dami');
	const before = git('rev-parse', 'HEAD');
	renameSync(join(dir, 'content/businesses/dami'), join(dir, 'content/businesses/dami-nan'));
	writeFileSync(
		join(dir, 'content/businesses/dami-nan/index.mdx'),
		entry('Дәмді нан', 'Нан пісіреміз.', ['./photos/photo-1.jpg', './photos/photo-2.jpg']),
	);
	writeFileSync(join(dir, 'content/businesses/dami-nan/photos/photo-2.jpg'), 'two');
	git('add', '--all', '.');
	git('commit', '--quiet', '-m', 'Update the entry from the edited issue');
	return { dir, before };
}

describe('entry-update.ts', slow, () => {
	it('says which fields and files changed, and dismisses every approval', async () => {
		const { dir, before } = history();
		const github = await fakeGitHub({
			'GET /repos/o/r/pulls/12/reviews': [
				{ id: 1, state: 'APPROVED', user: { login: 'aigul' } },
				{ id: 2, state: 'COMMENTED', user: { login: 'helper' } },
				{ id: 3, state: 'APPROVED', user: { login: 'marat' } },
			],
			'PUT /repos/o/r/pulls/12/reviews/1/dismissals': {},
			'PUT /repos/o/r/pulls/12/reviews/3/dismissals': {},
			'POST /repos/o/r/issues/12/comments': {},
		});
		try {
			await script('entry-update.ts', ['--pull', '12', '--issue', '7', '--from', before], github.env, dir);
			expect(github.calls.map((call) => call.route)).toEqual([
				'GET /repos/o/r/pulls/12/reviews?per_page=100&page=1',
				'PUT /repos/o/r/pulls/12/reviews/1/dismissals',
				'PUT /repos/o/r/pulls/12/reviews/3/dismissals',
				'POST /repos/o/r/issues/12/comments',
			]);
			const body = String(github.calls.at(-1)?.body?.['body']);
			expect(body).toContain('**Өзгерген өрістер / Fields changed:** `name`, `photos`');
			expect(body).toContain('- өшірілді / deleted `content/businesses/dami/index.mdx`');
			expect(body).toContain('- қосылды / added `content/businesses/dami-nan/photos/photo-2.jpg`');
			expect(body).toContain('Earlier approvals were dismissed (`aigul`, `marat`)');
		} finally {
			github.close();
		}
	});

	it('says so, and fails, when an approval cannot be dismissed', async () => {
		const { dir, before } = history();
		const github = await fakeGitHub({
			'GET /repos/o/r/pulls/12/reviews': [{ id: 1, state: 'APPROVED', user: { login: 'aigul' } }],
			'PUT /repos/o/r/pulls/12/reviews/1/dismissals': status(403, { message: 'Resource not accessible by integration' }),
			'POST /repos/o/r/issues/12/comments': {},
		});
		try {
			await expect(script('entry-update.ts', ['--pull', '12', '--issue', '7', '--from', before], github.env, dir)).rejects.toThrow(
				/Could not dismiss the approval by aigul/,
			);
			expect(String(github.calls.at(-1)?.body?.['body'])).toContain('These approvals could not be dismissed: `aigul`');
		} finally {
			github.close();
		}
	});
});
