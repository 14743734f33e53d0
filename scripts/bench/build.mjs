/** Runs `astro build` in a project folder and measures its wall time and peak memory. */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const gnuTime = '/usr/bin/time';

/**
 * Builds `cwd` with the project's own Astro and Node (node_modules/.bin first on PATH). Memory is measured
 * twice: the largest single process (GNU time's maximum resident set size) and the whole process tree
 * sampled every 200 ms, since Pagefind indexes in a child process of its own.
 */
export async function timedBuild(cwd, bin, log) {
	const astro = join(bin, 'astro');
	const timeFile = join(cwd, '.build-time');
	const withTime = existsSync(gnuTime);
	const output = openSync(log, 'w');
	const started = performance.now();
	const child = spawn(withTime ? gnuTime : astro, withTime ? ['-v', '-o', timeFile, astro, 'build'] : ['build'], {
		cwd,
		env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', output, output],
	});
	let treePeak = 0;
	const sampler = setInterval(() => (treePeak = Math.max(treePeak, treeRss(child.pid))), 200);
	const code = await new Promise((resolve) => child.on('exit', resolve));
	clearInterval(sampler);
	const seconds = (performance.now() - started) / 1000;
	const text = readFileSync(log, 'utf8');
	const timed = withTime ? readFileSync(timeFile, 'utf8') : '';
	const field = (label) => Number(timed.match(new RegExp(`${label.replace(/[()]/g, '\\$&')}: ([\\d.]+)`))?.[1] ?? 0);
	return {
		ok: code === 0,
		wallSeconds: round(seconds),
		peakTreeMB: round(treePeak / 2 ** 20),
		// CPU time is what the build costs however busy the machine is; wall time also counts waiting for the CPU.
		cpuSeconds: withTime ? round(field('User time (seconds)') + field('System time (seconds)')) : undefined,
		peakProcessMB: withTime ? round(field('Maximum resident set size (kbytes)') / 1024) : undefined,
		pages: Number(text.match(/(\d+) page\(s\) built/)?.[1] ?? 0),
		indexedPages: Number(text.match(/Indexed (\d+) pages/)?.[1] ?? 0),
		indexSeconds: round(Number(text.match(/Indexed \d+ pages in (\d+) ms/)?.[1] ?? 0) / 1000),
	};
}

/** The resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(root) {
	const parents = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The command name, in brackets, may hold spaces: the parent pid is the second field after it.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const tree = new Set([root]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, parent] of parents) if (tree.has(parent) && !tree.has(pid)) grew = tree.add(pid) !== undefined;
	}
	let bytes = 0;
	for (const pid of tree) {
		try {
			bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
		} catch {
			// Gone already.
		}
	}
	return bytes;
}

const round = (value) => Math.round(value * 10) / 10;
