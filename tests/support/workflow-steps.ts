/**
 * Runs one `run:` step of a workflow as GitHub does (bash --noprofile --norc -eo pipefail), with a stand-in for
 * the `gh` command on PATH: it records each call and answers `gh api` from a table, through the real `jq`.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

const workflows = new URL('../../.github/workflows/', import.meta.url);

/** The script of a step, found by its job and its `id` or `name`. */
export function stepScript(file: string, job: string, step: string): string {
	const workflow = parse(readFileSync(new URL(file, workflows), 'utf8')) as {
		jobs: Record<string, { steps: { id?: string; name?: string; run?: string }[] }>;
	};
	const found = workflow.jobs[job]?.steps.find((candidate) => candidate.id === step || candidate.name === step)?.run;
	if (!found) throw new Error(`${file}: no step ${step} in job ${job}`);
	return found;
}

/** The file a `gh api` answer is kept in: the method and path with everything but letters and digits made `_`. */
const answerFile = (method: string, path: string) => `${method} ${path}`.replace(/[^A-Za-z0-9]/g, '_');

const gh = `#!/bin/bash
printf '%s\\n' "$*" >> "$GH_CALLS"
case "$1 $2" in
	"auth setup-git"|"pr edit") exit 0 ;;
	"pr create") echo "https://github.com/o/r/pull/21"; exit 0 ;;
esac
[[ $1 == api ]] || { echo "gh stand-in: $1 is not known" >&2; exit 2; }
shift
method=GET jq='' path=''
while (($#)); do
	case $1 in
		--method) method=$2; shift 2 ;;
		--jq) jq=$2; shift 2 ;;
		--paginate|--silent) shift ;;
		*) path=$1; shift ;;
	esac
done
key="$method $path"
file="$GH_ANSWERS/\${key//[^A-Za-z0-9]/_}"
[[ -f $file ]] || { echo "gh: HTTP 404: Not Found ($method $path)" >&2; exit 1; }
if [[ -n $jq ]]; then jq -r "$jq" < "$file"; else cat "$file"; fi
`;

/** What a step did: its exit status, its output, what it wrote to $GITHUB_OUTPUT, and every `gh` call. */
export interface StepResult {
	status: number;
	stdout: string;
	stderr: string;
	outputs: Record<string, string>;
	gh: string[];
}

/**
 * Runs a step's script in `cwd` with `env` (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and, unless given, RUNNER_TEMP
 * made for it). `answers` are `gh api` answers by "METHOD path", e.g. "DELETE repos/o/r/git/refs/heads/x": ''.
 * `bin` adds more stand-in commands by name (say, `npm`).
 */
export async function runStep(
	script: string,
	options: { cwd: string; env?: Record<string, string>; answers?: Record<string, unknown>; bin?: Record<string, string> },
): Promise<StepResult> {
	const dir = mkdtempSync(join(tmpdir(), 'step-'));
	const bin = join(dir, 'bin');
	const answers = join(dir, 'answers');
	for (const path of [bin, answers]) mkdirSync(path);
	for (const [name, text] of Object.entries({ gh, ...options.bin })) {
		writeFileSync(join(bin, name), text);
		chmodSync(join(bin, name), 0o755);
	}
	for (const [key, answer] of Object.entries(options.answers ?? {})) {
		const [method, path] = key.split(/ (.*)/s) as [string, string];
		writeFileSync(join(answers, answerFile(method, path)), typeof answer === 'string' ? answer : JSON.stringify(answer));
	}
	const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), GH_CALLS: join(dir, 'gh-calls') };
	for (const file of Object.values(files)) writeFileSync(file, '');
	const env = {
		PATH: `${bin}:${dirname(process.execPath)}:${process.env.PATH}`,
		HOME: dir,
		RUNNER_TEMP: join(dir, 'temp'),
		GH_ANSWERS: answers,
		...files,
		...options.env,
	};
	mkdirSync(env.RUNNER_TEMP, { recursive: true });
	const result = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
		execFile(
			'bash',
			['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
			{ cwd: options.cwd, env, timeout: 30_000 },
			(error, stdout, stderr) => resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
		);
	});
	const outputs = Object.fromEntries(
		readFileSync(files.GITHUB_OUTPUT, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
	);
	return { ...result, outputs, gh: readFileSync(files.GH_CALLS, 'utf8').split('\n').filter(Boolean) };
}
