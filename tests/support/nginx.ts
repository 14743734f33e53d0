/**
 * Debian's nginx with the repository's own server block (deploy/nginx.conf) over a built site: on a random free
 * loopback port, as the current user, in the foreground, with its pid, logs and temporary files in a temp folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StaticServer } from '../../scripts/support/server';

const nginxPath = '/usr/sbin/nginx';

/** Where deploy/nginx.conf expects the built site; the tests put their own folders in its place. */
const deployedRoot = '/srv/kazaly-showcase/dist';
const serverBlock = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

export interface NginxOptions {
	/** The folder of generated rules to include instead of `<dist>/_nginx` (a copy with test redirects, say). */
	rules?: string;
}

/** Starts nginx over `dist` and resolves once it answers; close() stops it and removes its folder. */
export async function startNginx(dist: string, { rules = join(dist, '_nginx') }: NginxOptions = {}): Promise<StaticServer> {
	if (!existsSync(nginxPath)) throw new Error(`nginx is not installed at ${nginxPath}. Install Debian's nginx: apt-get install nginx`);
	const prefix = mkdtempSync(join(tmpdir(), 'kazaly-nginx-'));
	const port = await freePort();
	const server = readFileSync(serverBlock, 'utf8')
		.replaceAll(`${deployedRoot}/_nginx`, rules)
		.replaceAll(deployedRoot, dist)
		// One IPv4 loopback port instead of port 80 on every interface.
		.replace(/^\s*listen \[::\]:80;\n/m, '')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`);
	writeFileSync(join(prefix, 'server.conf'), server);
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'daemon off;',
			// Started as root, nginx would run its worker as nobody, who cannot read a build in a private folder (mktemp -d).
			...(process.getuid?.() === 0 ? ['user root;'] : []),
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${join(prefix, 'error.log')} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'  include /etc/nginx/mime.types;',
			'  default_type application/octet-stream;',
			`  access_log ${join(prefix, 'access.log')};`,
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, kind)};`),
			`  include ${join(prefix, 'server.conf')};`,
			'}',
			'',
		].join('\n'),
	);
	const child = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const origin = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGQUIT');
		await exited;
		rmSync(prefix, { recursive: true, force: true });
	};
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) break;
		if (
			await fetch(`${origin}/`).then(
				() => true,
				() => false,
			)
		)
			return { origin, close: stop };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
	await stop();
	throw new Error(`nginx did not start with deploy/nginx.conf:\n${stderr}${log}`);
}

/** A port that was free a moment ago: the system picks it, and it is released for nginx. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
		});
	});
}
