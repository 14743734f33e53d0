/**
 * The workflow scripts as the workflows run them: Node on the .ts files, input from files and the environment.
 * post-comment.ts talks to a stand-in for the GitHub API on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formFields } from '../../src/lib/issue-form-fields.ts';
import { reportMarker } from '../../src/lib/validation-report.ts';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

/** Each test starts Node at least once; on a busy 2-core machine that can take seconds. */
const slow = { timeout: 30_000 };

/** Runs a script with the Node that runs the tests (the project's Node 24), from the repository root. */
function script(name: string, args: string[], env: Record<string, string> = {}) {
	return run(process.execPath, [`scripts/${name}`, ...args], { cwd: root, env: { PATH: process.env.PATH, ...env }, timeout: 20_000 });
}

function issueEvent(answers: Record<string, string>): string {
	const body = formFields.map((field) => `### ${field.label}\n\n${answers[field.id] ?? '_No response_'}`).join('\n\n');
	const dir = mkdtempSync(join(tmpdir(), 'issue-'));
	writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'labeled', issue: { number: 42, created_at: '2026-11-20T08:00:00Z', body } }));
	return dir;
}

describe('issue-to-entry.ts', slow, () => {
	it('writes the entry folder and tells the workflow the slug and branch', async () => {
		const dir = issueEvent({ 'name-kk': 'Шуақ тоқыма', owner: 'Әсел', story: 'Біз {тоқимыз}.', consent: '- [X] ok' });
		writeFileSync(join(dir, 'output'), '');
		await script('issue-to-entry.ts', ['--event', join(dir, 'event.json'), '--root', dir, '--problems', join(dir, 'problems.json'), '--offline'], { GITHUB_OUTPUT: join(dir, 'output') });
		expect(readFileSync(join(dir, 'output'), 'utf8')).toBe('slug=shuaq-toqyma\nbranch=entry/shuaq-toqyma-42\nwritten=true\nproblems=0\n');
		const mdx = readFileSync(join(dir, 'content/businesses/shuaq-toqyma/index.mdx'), 'utf8');
		expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!)).toMatchObject({ name: 'Шуақ тоқыма', owner: 'Әсел', listed: '2026-11-20' });
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toEqual([]);
	});

	it('saves the attached photos under names of their real kind, and refuses what is not a photo', async () => {
		const jpeg = new URL('content/businesses/aqbala-plastik/photos/caps.jpg', `file://${root}`).pathname;
		const dir = issueEvent({
			'name-kk': 'Шуақ тоқыма',
			photos: ['![IMG_1](https://github.com/user-attachments/assets/photo)', '<img alt="Тоқыма" src="https://github.com/user-attachments/assets/svg">'].join('\n'),
			products: 'Орамал | 3000 | дана | бар',
			consent: '- [X] ok',
		});
		// GitHub is out of reach here: a stand-in fetch answers the two attachment addresses.
		const fakeFetch = join(dir, 'fetch.mjs');
		writeFileSync(
			fakeFetch,
			`import { readFileSync } from 'node:fs';
			globalThis.fetch = async (url) => new Response(String(url).endsWith('/photo') ? readFileSync(${JSON.stringify(jpeg)}) : '<svg onload="alert(1)"/>');`,
		);
		await run(process.execPath, ['--import', fakeFetch, 'scripts/issue-to-entry.ts', '--event', join(dir, 'event.json'), '--root', dir, '--problems', join(dir, 'problems.json')], { cwd: root, timeout: 20_000 });
		expect(readFileSync(join(dir, 'content/businesses/shuaq-toqyma/photos/photo-1.jpg'))).toEqual(readFileSync(jpeg));
		const mdx = readFileSync(join(dir, 'content/businesses/shuaq-toqyma/index.mdx'), 'utf8');
		expect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!)).toMatchObject({
			photos: [{ src: './photos/photo-1.jpg', alt: 'Шуақ тоқыма: 1-сурет' }],
			products: [{ name: 'Орамал', photo: './photos/photo-1.jpg' }],
		});
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toMatchObject([{ field: 'photos[1]', en: 'Photo 2 is not a JPEG, PNG or WebP image. Attach it in one of those formats.' }]);
	});

	it('never writes over an entry that exists, and says why', async () => {
		const dir = issueEvent({ 'name-kk': 'Ақбала пластик', consent: '- [X] ok' });
		await script('issue-to-entry.ts', ['--event', join(dir, 'event.json'), '--root', root, '--problems', join(dir, 'problems.json'), '--offline']);
		expect(JSON.parse(readFileSync(join(dir, 'problems.json'), 'utf8'))).toMatchObject([{ file: 'content/businesses/aqbala-plastik/index.mdx', field: 'name' }]);
	});
});

describe('validation-comment.ts', slow, () => {
	it('puts the issue’s problems and the validator’s in one comment', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'comment-'));
		writeFileSync(join(dir, 'problems.json'), JSON.stringify([{ file: 'content/businesses/x/index.mdx', field: 'consent', kk: 'Келісім жоқ.', en: 'No consent.' }]));
		writeFileSync(join(dir, 'validation.json'), JSON.stringify([{ file: 'content/businesses/x/index.mdx', line: 3, field: 'since', kk: 'Жыл емес.', en: 'Not a year.' }]));
		const { stdout } = await script('validation-comment.ts', ['--problems', join(dir, 'problems.json'), '--validation', join(dir, 'validation.json'), '--entry', 'content/businesses/x']);
		expect(stdout).toMatch(/2 problems to fix[\s\S]*consent[\s\S]*:3` `since`/);
	});

	it('does not report success when the validator failed without saying why', async () => {
		const { stdout } = await script('validation-comment.ts', ['--validation', '/nonexistent.json', '--entry', 'content/businesses/x', '--failed']);
		expect(stdout).toContain('The check did not finish');
	});
});

/** A stand-in for the GitHub API: one pull request at head `abc`, with the comments given. */
async function fakeGitHub(comments: object[]) {
	const calls: string[] = [];
	const server = createServer(async (request: IncomingMessage, response) => {
		let body = '';
		for await (const chunk of request) body += chunk;
		calls.push(`${request.method} ${request.url}${body ? ` ${JSON.parse(body).body.slice(0, 20)}` : ''}`);
		const json = request.url === '/repos/o/r/pulls/7' ? { head: { sha: 'abc' } } : request.url!.includes('/comments?') ? comments : {};
		response.setHeader('content-type', 'application/json').end(JSON.stringify(json));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const env = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
	return { calls, env, close: () => server.close() };
}

describe('post-comment.ts', slow, () => {
	const body = join(mkdtempSync(join(tmpdir(), 'post-')), 'comment.md');
	writeFileSync(body, `${reportMarker}\n### ✅`);
	const bot = { login: 'github-actions[bot]', type: 'Bot' };

	it('edits the bot’s earlier report instead of adding another', async () => {
		const github = await fakeGitHub([{ id: 5, body: `${reportMarker} old`, user: bot }]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body, '--head-sha', 'abc'], github.env);
			expect(github.calls).toEqual(['GET /repos/o/r/pulls/7', 'GET /repos/o/r/issues/7/comments?per_page=100&page=1', `PATCH /repos/o/r/issues/comments/5 ${reportMarker.slice(0, 20)}`]);
		} finally {
			github.close();
		}
	});

	it('posts a new report when there is none', async () => {
		const github = await fakeGitHub([]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body], github.env);
			expect(github.calls.at(-1)).toMatch(/^POST \/repos\/o\/r\/issues\/7\/comments /);
		} finally {
			github.close();
		}
	});

	it('says nothing when the pull request’s head is not the commit that was checked', async () => {
		const github = await fakeGitHub([]);
		try {
			await script('post-comment.ts', ['--number', '7', '--body', body, '--head-sha', 'forged'], github.env);
			expect(github.calls).toEqual(['GET /repos/o/r/pulls/7']);
		} finally {
			github.close();
		}
	});

	it('refuses a number that is not one', async () => {
		await expect(script('post-comment.ts', ['--number', '7; rm -rf /', '--body', body], { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'o/r' })).rejects.toThrow(/Not an issue or pull request number/);
	});
});
