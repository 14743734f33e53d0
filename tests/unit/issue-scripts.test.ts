/**
 * The workflow scripts as the workflows run them: Node on the .ts files, input from files and the environment.
 * post-comment.ts talks to a stand-in for the GitHub API on 127.0.0.1.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { downloadAttachment, downloadLimits } from '../../scripts/issue-download.ts';
import { formFields } from '../../scripts/github/issue-form-fields.ts';
import { reportMarker } from '../../scripts/github/validation-report.ts';
import { fakeGitHub, type Call } from '../support/fake-github.ts';
import { repositoryRoot, run, script, slow } from '../support/workflow-scripts.ts';

const root = repositoryRoot;

/** The address GitHub gives the n-th file attached in a test (n from 1 to 9). */
const attachment = (n: number) => `https://github.com/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f7${n}`;

function issueEvent(answers: Record<string, string>): string {
	const body = formFields.map((field) => `### ${field.label}\n\n${answers[field.id] ?? '_No response_'}`).join('\n\n');
	const dir = mkdtempSync(join(tmpdir(), 'issue-'));
	writeFileSync(
		join(dir, 'event.json'),
		JSON.stringify({ action: 'labeled', issue: { number: 42, created_at: '2026-11-20T08:00:00Z', body } }),
	);
	return dir;
}

describe('issue-to-entry.ts', slow, () => {
	it('writes the entry folder and tells the workflow the slug and the branch, named after the issue', async () => {
		const dir = issueEvent({ 'name-kk': 'Шуақ тоқыма', owner: 'Әсел', story: 'Біз {тоқимыз}.', consent: '- [X] ok' });
		writeFileSync(join(dir, 'output'), '');
		await script(
			'issue-to-entry.ts',
			['--event', join(dir, 'event.json'), '--root', dir, '--problems', join(dir, 'problems.json'), '--offline'],
			{ GITHUB_OUTPUT: join(dir, 'output') },
		);
		expect(readFileSync(join(dir, 'output'), 'utf8')).toBe('slug=shuaq-toqyma\nbranch=entry/issue-42\nwritten=true\nproblems=0\n');
		const mdx = readFileSync(join(dir, 'content/businesses/shuaq-toqyma/index.mdx'), 'utf8');
		expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!)).toMatchObject({ name: 'Шуақ тоқыма', owner: 'Әсел', listed: '2026-11-20' });
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toEqual([]);
	});

	it('saves the attached photos under names of their real kind, and refuses what is not a photo or not GitHub’s', async () => {
		const jpeg = new URL('content/businesses/aqbala-plastik/photos/caps.jpg', `file://${root}`).pathname;
		const dir = issueEvent({
			'name-kk': 'Шуақ тоқыма',
			photos: [
				`![IMG_1](${attachment(1)})`,
				`<img alt="Тоқыма" src="${attachment(2)}">`,
				`![IMG_3](${attachment(3)})`,
				`![IMG_4](https://github.com/user-attachments/assets/../../someone/other-repo/raw/main/photo.jpg)`,
			].join('\n'),
			products: 'Орамал | 3000 | дана | бар',
			consent: '- [X] ok',
		});
		// GitHub is out of reach here: a stand-in fetch answers as GitHub does, with a redirect to its file storage.
		// Photo 2 is an SVG that claims to be a PNG; photo 3 redirects to another host.
		const fakeFetch = join(dir, 'fetch.mjs');
		writeFileSync(
			fakeFetch,
			`import { readFileSync } from 'node:fs';
			const storage = 'https://github-production-user-asset-6210df.s3.amazonaws.com/1/';
			globalThis.fetch = async (url, init) => {
				if (init.redirect !== 'manual') throw new Error('redirects must be followed by hand');
				const address = String(url);
				const id = address.slice(-1);
				if (address.startsWith('https://github.com/')) return new Response(null, { status: 302, headers: { location: id === '3' ? 'https://evil.example/x.jpg' : storage + id } });
				if (address === storage + '1') return new Response(readFileSync(${JSON.stringify(jpeg)}), { headers: { 'content-type': 'image/jpeg' } });
				if (address === storage + '2') return new Response('<svg onload="alert(1)"/>', { headers: { 'content-type': 'image/png' } });
				throw new Error('fetched ' + address);
			};`,
		);
		await run(
			process.execPath,
			[
				'--import',
				fakeFetch,
				'scripts/issue-to-entry.ts',
				'--event',
				join(dir, 'event.json'),
				'--root',
				dir,
				'--problems',
				join(dir, 'problems.json'),
			],
			{ cwd: root, timeout: 20_000 },
		);
		expect(readFileSync(join(dir, 'content/businesses/shuaq-toqyma/photos/photo-1.jpg'))).toEqual(readFileSync(jpeg));
		expect(readdirSync(join(dir, 'content/businesses/shuaq-toqyma/photos'))).toEqual(['photo-1.jpg']);
		const mdx = readFileSync(join(dir, 'content/businesses/shuaq-toqyma/index.mdx'), 'utf8');
		expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!)).toMatchObject({
			photos: [{ src: './photos/photo-1.jpg', alt: 'Шуақ тоқыма: 1-сурет' }],
			products: [{ name: 'Орамал', photo: './photos/photo-1.jpg' }],
		});
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toMatchObject([
			{
				field: 'photos',
				en: expect.stringMatching(/^A photo is given as a link: https:\/\/github\.com\/user-attachments\/assets\/\.\.\/\.\.\/someone/),
			},
			{ field: 'photos[1]', en: 'Photo 2 is not a JPEG, PNG or WebP image. Attach it in one of those formats.' },
			{ field: 'photos[2]', en: 'Photo 3 could not be downloaded (redirected away from GitHub’s file storage). Try attaching it again.' },
		]);
	});

	it('never writes over an entry that exists, and says why', async () => {
		const dir = issueEvent({ 'name-kk': 'Ақбала пластик', consent: '- [X] ok' });
		await script('issue-to-entry.ts', [
			'--event',
			join(dir, 'event.json'),
			'--root',
			root,
			'--problems',
			join(dir, 'problems.json'),
			'--offline',
		]);
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toMatchObject([
			{ file: 'content/businesses/aqbala-plastik/index.mdx', field: 'name' },
		]);
	});
});

describe('downloadAttachment follows only GitHub’s own addresses', () => {
	const storage = 'https://github-production-user-asset-6210df.s3.amazonaws.com/1/2-photo.jpg?X-Amz-Signature=abc';
	const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
	const redirect = (location: string) => new Response(null, { status: 302, headers: { location } });
	const photo = (body: BodyInit = jpeg, headers: Record<string, string> = {}) =>
		new Response(body, { headers: { 'content-type': 'image/jpeg', ...headers } });

	/** A stand-in fetch that answers each address from the table, and records what was asked. */
	function fakeFetch(answers: Record<string, () => Response>) {
		const asked: string[] = [];
		const fetchFile = ((url: URL | string, init?: RequestInit) => {
			expect(init?.redirect).toBe('manual');
			asked.push(String(url));
			const answer = answers[String(url)];
			return answer ? Promise.resolve(answer()) : Promise.reject(new Error(`fetched ${String(url)}`));
		}) as typeof fetch;
		return { asked, fetchFile };
	}

	it('downloads an attachment through GitHub’s redirect to its file storage', async () => {
		const { asked, fetchFile } = fakeFetch({ [attachment(1)]: () => redirect(storage), [storage]: () => photo() });
		expect([...(await downloadAttachment(attachment(1), fetchFile))]).toEqual([...jpeg]);
		expect(asked).toEqual([attachment(1), storage]);
	});

	it.each([
		['a ../ path', 'https://github.com/user-attachments/assets/../../someone/repo/raw/main/x.jpg'],
		['a %2e%2e path', 'https://github.com/user-attachments/assets/%2e%2e/%2E%2E/someone/repo/raw/main/x.jpg'],
		['another origin', 'https://github.com.evil.example/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f71'],
	])('refuses %s before asking anyone', async (_, address) => {
		const { asked, fetchFile } = fakeFetch({});
		await expect(downloadAttachment(address, fetchFile)).rejects.toThrow('not an address GitHub gives an attached file');
		expect(asked).toEqual([]);
	});

	it.each([
		['another host', 'https://evil.example/x.jpg'],
		['a page of github.com that is not an attachment', '/someone/repo/raw/main/x.jpg'],
		['plain http', 'http://github-production-user-asset-6210df.s3.amazonaws.com/1/2.jpg'],
		['a look-alike host', 'https://github-production-user-asset-6210df.s3.amazonaws.com.evil.example/1/2.jpg'],
		['a user name that hides the host', 'https://github-production-user-asset-6210df.s3.amazonaws.com@evil.example/1/2.jpg'],
	])('refuses a redirect to %s', async (_, location) => {
		const { asked, fetchFile } = fakeFetch({ [attachment(1)]: () => redirect(location) });
		await expect(downloadAttachment(attachment(1), fetchFile)).rejects.toThrow('redirected away from GitHub’s file storage');
		expect(asked).toEqual([attachment(1)]);
	});

	it('stops after three redirects', async () => {
		const { fetchFile } = fakeFetch({ [attachment(1)]: () => redirect(attachment(2)), [attachment(2)]: () => redirect(attachment(1)) });
		await expect(downloadAttachment(attachment(1), fetchFile)).rejects.toThrow('more than 3 redirects');
	});

	it.each([
		[
			'an HTML page',
			() => photo('<html>', { 'content-type': 'text/html; charset=utf-8' }),
			'served as text/html, not as a JPEG, PNG or WebP photo',
		],
		['an SVG', () => photo('<svg/>', { 'content-type': 'image/svg+xml' }), 'served as image/svg+xml'],
		['a file without a type', () => new Response(jpeg, { headers: { 'content-type': '' } }), 'served as an unnamed type'],
		['a file that says it is too large', () => photo(jpeg, { 'content-length': String(21 * 1024 * 1024) }), 'larger than 20 MB'],
		['an error', () => new Response('gone', { status: 404 }), 'HTTP 404'],
	])('refuses %s', async (_, answer, message) => {
		const { fetchFile } = fakeFetch({ [attachment(1)]: answer });
		await expect(downloadAttachment(attachment(1), fetchFile)).rejects.toThrow(message);
	});

	it('counts what arrives, whatever the file says its length is', async () => {
		const { fetchFile } = fakeFetch({ [attachment(1)]: () => photo(new Uint8Array(2048), { 'content-length': '10' }) });
		await expect(downloadAttachment(attachment(1), fetchFile, { ...downloadLimits, bytes: 1024 })).rejects.toThrow('larger than');
	});
});

describe('validation-comment.ts', slow, () => {
	it('puts the issue’s problems and the validator’s in one comment', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'comment-'));
		writeFileSync(
			join(dir, 'problems.json'),
			JSON.stringify([{ file: 'content/businesses/x/index.mdx', field: 'consent', kk: 'Келісім жоқ.', en: 'No consent.' }]),
		);
		writeFileSync(
			join(dir, 'validation.json'),
			JSON.stringify([{ file: 'content/businesses/x/index.mdx', line: 3, field: 'since', kk: 'Жыл емес.', en: 'Not a year.' }]),
		);
		const { stdout } = await script('validation-comment.ts', [
			'--problems',
			join(dir, 'problems.json'),
			'--validation',
			join(dir, 'validation.json'),
			'--entry',
			'content/businesses/x',
		]);
		expect(stdout).toMatch(/2 problems to fix[\s\S]*consent[\s\S]*:3` `since`/);
	});

	it('does not report success when the validator failed without saying why', async () => {
		const { stdout } = await script('validation-comment.ts', [
			'--validation',
			'/nonexistent.json',
			'--entry',
			'content/businesses/x',
			'--failed',
		]);
		expect(stdout).toContain('The check did not finish');
	});
});

describe('post-comment.ts', slow, () => {
	const body = join(mkdtempSync(join(tmpdir(), 'post-')), 'comment.md');
	writeFileSync(body, `${reportMarker}\n### ✅`);
	const bot = { login: 'github-actions[bot]', type: 'Bot' };

	/** The API with one pull request, #7 at head `abc`, and the comments given. */
	const pullRequest = (comments: object[]) =>
		fakeGitHub({
			'GET /repos/o/r/pulls/7': { head: { sha: 'abc' } },
			'GET /repos/o/r/issues/7/comments': comments,
			'PATCH /repos/o/r/issues/comments/5': {},
			'POST /repos/o/r/issues/7/comments': {},
		});
	const routes = (calls: Call[]) => calls.map((call) => call.route);

	it('edits the bot’s earlier report instead of adding another', async () => {
		const github = await pullRequest([{ id: 5, body: `${reportMarker} old`, user: bot }]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body, '--head-sha', 'abc'], github.env);
			expect(routes(github.calls)).toEqual([
				'GET /repos/o/r/pulls/7',
				'GET /repos/o/r/issues/7/comments?per_page=100&page=1',
				'PATCH /repos/o/r/issues/comments/5',
			]);
			expect(github.calls.at(-1)?.body).toEqual({ body: `${reportMarker}\n### ✅` });
		} finally {
			github.close();
		}
	});

	it('posts a new report when there is none', async () => {
		const github = await pullRequest([]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body], github.env);
			expect(routes(github.calls).at(-1)).toBe('POST /repos/o/r/issues/7/comments');
		} finally {
			github.close();
		}
	});

	it('says nothing when the pull request’s head is not the commit that was checked', async () => {
		const github = await pullRequest([]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body, '--head-sha', 'forged'], github.env);
			expect(routes(github.calls)).toEqual(['GET /repos/o/r/pulls/7']);
		} finally {
			github.close();
		}
	});

	it('refuses a number that is not one', async () => {
		await expect(
			script('post-comment.ts', ['--number', '7; rm -rf /', '--body', body], { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r' }),
		).rejects.toThrow(/Not an issue or pull request number/);
	});
});
