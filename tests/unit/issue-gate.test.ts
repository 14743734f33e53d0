/**
 * Who may start the bot: the rule (scripts/github/issue-gate.ts) as a table, then scripts/issue-gate.ts against a
 * stand-in GitHub API, with the events an outsider, a triager or a fork can cause.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate, type GateFacts } from '../../scripts/github/issue-gate.ts';
import { fakeGitHub, status } from '../support/fake-github.ts';
import { script, slow } from '../support/workflow-scripts.ts';

const maintainer = { login: 'aigul', permission: 'write' };
const labelled: GateFacts = { action: 'labeled', label: 'new-entry', issueOpen: true, labelled: true, labeller: maintainer };

describe('gate decides who starts the bot', () => {
	it.each<[string, Partial<GateFacts>, boolean]>([
		['a maintainer applies the label', {}, true],
		['an admin applies the label', { labeller: { login: 'owner', permission: 'admin' } }, true],
		['a triager applies the label (triage is read to the API)', { labeller: { login: 'helper', permission: 'read' } }, false],
		['someone without access is on record for it', { labeller: { login: 'outsider', permission: 'none' } }, false],
		['no one is on record for it', { labeller: undefined }, false],
		['another label is applied', { label: 'bug' }, false],
		['the issue is closed', { issueOpen: false }, false],
		['the owner edits before a pull request is open', { action: 'edited', label: undefined }, true],
		['the owner edits while a pull request is under review', { action: 'edited', label: undefined, pull: 12 }, false],
		['a maintainer applies the label again while it is under review', { pull: 12 }, true],
		['an edit after the label was taken off', { action: 'edited', label: undefined, labelled: false }, false],
		['an event the bot does not handle', { action: 'assigned', label: undefined }, false],
	])('%s: %s', (_, change, go) => expect(gate({ ...labelled, ...change }).go).toBe(go));

	it('says why it stops', () => {
		expect(gate({ ...labelled, labeller: { login: 'helper', permission: 'read' } }).reason).toBe(
			'helper applied the label new-entry with read permission; only write, maintain or admin may start the bot.',
		);
	});
});

/** An event file as GitHub writes it, for issue #7. */
function eventFile(event: object): { event: string; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'gate-'));
	writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
	writeFileSync(join(dir, 'output'), '');
	return { event: join(dir, 'event.json'), output: join(dir, 'output') };
}

const issue = { number: 7, state: 'open', labels: [{ name: 'new-entry' }] };
const permissions = {
	'GET /repos/o/r/collaborators/aigul/permission': { permission: 'write', role_name: 'maintain' },
	'GET /repos/o/r/collaborators/helper/permission': { permission: 'read', role_name: 'triage' },
	'GET /repos/o/r/collaborators/ghost/permission': status(404),
};
const labelledBy = (login: string) => ({ event: 'labeled', label: { name: 'new-entry' }, actor: { login } });
const ourPull = { number: 12, head: { ref: 'entry/issue-7', repo: { full_name: 'o/r' } } };
const forkPull = { number: 13, head: { ref: 'entry/issue-7', repo: { full_name: 'mallory/r' } } };

/** Runs the gate on an event with the API answering `routes`; returns what it wrote for the workflow. */
async function runGate(event: object, routes: Record<string, unknown>) {
	const github = await fakeGitHub({ ...permissions, 'GET /repos/o/r/issues/7': issue, 'GET /repos/o/r/pulls': [], ...routes });
	const files = eventFile(event);
	try {
		const { stdout } = await script('issue-gate.ts', ['--event', files.event], { ...github.env, GITHUB_OUTPUT: files.output });
		return { output: readFileSync(files.output, 'utf8'), log: stdout, calls: github.calls.map((call) => call.route) };
	} finally {
		github.close();
	}
}

describe('issue-gate.ts asks GitHub, not the event', slow, () => {
	it('goes on when a maintainer applied the label, checking their permission with the API', async () => {
		const { output, calls } = await runGate({ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'aigul' }, issue }, {});
		expect(output).toBe('go=true\npull=\n');
		expect(calls).toContain('GET /repos/o/r/collaborators/aigul/permission');
		expect(calls).toContain('GET /repos/o/r/pulls?state=open&head=o%3Aentry%2Fissue-7');
	});

	it('stops when a triager applied the label', async () => {
		const { output, log } = await runGate({ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'helper' }, issue }, {});
		expect(output).toBe('go=false\npull=\n');
		expect(log).toContain('only write, maintain or admin may start the bot');
	});

	it('stops when GitHub does not know the user', async () => {
		const { output } = await runGate({ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'ghost' }, issue }, {});
		expect(output).toBe('go=false\npull=\n');
	});

	it('on an edit, looks up who last applied the label in the issue’s history', async () => {
		const history = {
			'GET /repos/o/r/issues/7/events': [
				labelledBy('aigul'),
				{ event: 'unlabeled', label: { name: 'new-entry' }, actor: { login: 'aigul' } },
				labelledBy('helper'),
			],
		};
		const { output } = await runGate({ action: 'edited', sender: { login: 'owner-of-the-bakery' }, issue }, history);
		expect(output).toBe('go=false\npull=\n');
	});

	it('on an edit before review, goes on for the maintainer’s label', async () => {
		const { output } = await runGate(
			{ action: 'edited', sender: { login: 'owner-of-the-bakery' }, issue },
			{ 'GET /repos/o/r/issues/7/events': [labelledBy('aigul')] },
		);
		expect(output).toBe('go=true\npull=\n');
	});

	it('leaves a pull request under review alone when the issue is edited', async () => {
		const { output, log } = await runGate(
			{ action: 'edited', sender: { login: 'owner-of-the-bakery' }, issue },
			{ 'GET /repos/o/r/issues/7/events': [labelledBy('aigul')], 'GET /repos/o/r/pulls': [ourPull] },
		);
		expect(output).toBe('go=false\npull=\n');
		expect(log).toContain('Pull request #12 is under review');
	});

	it('updates the pull request when a maintainer applies the label again, and names it', async () => {
		const { output } = await runGate(
			{ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'aigul' }, issue },
			{ 'GET /repos/o/r/pulls': [ourPull] },
		);
		expect(output).toBe('go=true\npull=12\n');
	});

	it('does not take a fork’s branch of the same name for the issue’s pull request', async () => {
		const { output } = await runGate(
			{ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'aigul' }, issue },
			{ 'GET /repos/o/r/pulls': [forkPull] },
		);
		expect(output).toBe('go=true\npull=\n');
	});

	it('stops when the label was taken off since the event', async () => {
		const { output, calls } = await runGate(
			{ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'aigul' }, issue },
			{ 'GET /repos/o/r/issues/7': { ...issue, labels: [] } },
		);
		expect(output).toBe('go=false\npull=\n');
		expect(calls).toEqual(['GET /repos/o/r/issues/7']);
	});

	it('stops when the issue was closed since the event', async () => {
		const { output } = await runGate(
			{ action: 'labeled', label: { name: 'new-entry' }, sender: { login: 'aigul' }, issue },
			{ 'GET /repos/o/r/issues/7': { ...issue, state: 'closed' } },
		);
		expect(output).toBe('go=false\npull=\n');
	});

	it('asks nothing for another label', async () => {
		const { output, calls } = await runGate(
			{ action: 'labeled', label: { name: 'bug' }, sender: { login: 'aigul' }, issue: { ...issue, labels: [{ name: 'bug' }] } },
			{},
		);
		expect(output).toBe('go=false\npull=\n');
		expect(calls).toEqual([]);
	});
});
