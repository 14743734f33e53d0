/** Runs the workflow scripts as the workflows run them: Node on the .ts files, from the repository root. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const repositoryRoot = new URL('../../', import.meta.url).pathname;
export const run = promisify(execFile);

/** Each test starts Node at least once; on a busy 2-core machine that can take seconds. */
export const slow = { timeout: 30_000 };

/** Runs scripts/<name> with the Node that runs the tests (the project's Node 24), with only PATH and `env` set. */
export function script(name: string, args: string[], env: Record<string, string> = {}, cwd = repositoryRoot) {
	return run(process.execPath, [`${repositoryRoot}scripts/${name}`, ...args], {
		cwd,
		env: { PATH: process.env.PATH, ...env },
		timeout: 20_000,
	});
}
