import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = new URL('../../', import.meta.url).pathname;

/**
 * A copy of the project to build in, sharing the installed packages but not their caches: each package is linked
 * one by one, and the dot folders (.astro's content store and image cache, .vite) are left out, so copies built at
 * the same time, and the real project, never read or overwrite each other's cached content. `entries: false` leaves
 * the sample entries out, a list of slugs keeps only those; either way what names the others goes too: the sample
 * exhibition and the featured list.
 */
export function copyProject(prefix: string, { entries = true }: { entries?: boolean | readonly string[] } = {}): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	// Without the sample entries a build that is meant to fail gets to its point sooner.
	const kept = Array.isArray(entries) ? entries.map((slug) => join(project, 'content/businesses', slug)) : [];
	const left = [join(project, 'content/businesses/'), join(project, 'content/exhibitions/'), join(project, 'content/featured.json')];
	const keep = (source: string) => kept.some((folder) => source === folder || source.startsWith(`${folder}/`));
	const filter = (source: string) => entries === true || keep(source) || !left.some((folder) => source.startsWith(folder));
	for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(join(project, item), join(copy, item), { recursive: true, filter });
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync(join(project, 'node_modules'))) {
		if (!name.startsWith('.') || name === '.bin') symlinkSync(join(project, 'node_modules', name), join(copy, 'node_modules', name));
	}
	return copy;
}

/** Where the project's own astro command is. */
export const astroBin = join(project, 'node_modules/.bin/astro');

/** The line that opens and closes each build's log in the output of tests/support/build-runner.ts. */
export const marker = '\u241e build-runner';

/** How one build of a copy ended, and what it printed. */
export interface BuildResult {
	failed: boolean;
	output: string;
}

/**
 * Builds the copies one after another in one Node process (tests/support/build-runner.ts) and returns each one's
 * result. A copy the runner never reached (it crashed) counts as not failed, with the runner's output as its log.
 */
export async function buildOneByOne(copies: string[], env: NodeJS.ProcessEnv): Promise<Map<string, BuildResult>> {
	const runner = new URL('./build-runner.ts', import.meta.url).pathname;
	const output = await new Promise<string>((resolve) => {
		execFile(process.execPath, [runner, ...copies], { cwd: project, env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
			resolve(`${stdout}${stderr}${error ? error.message : ''}`),
		);
	});
	const results = new Map<string, BuildResult>();
	for (const copy of copies) {
		const start = output.indexOf(`${marker} start ${copy}\n`);
		const [end, failed] = (['failed', 'built'] as const)
			.map((how) => [output.indexOf(`${marker} ${how} ${copy}\n`), how === 'failed'] as const)
			.find(([at]) => at >= 0) ?? [-1, false];
		const reached = start >= 0 && end > start;
		results.set(
			copy,
			reached
				? { failed, output: output.slice(start, end) }
				: { failed: false, output: `The build runner stopped before ${copy} was built:\n${output}` },
		);
	}
	return results;
}
