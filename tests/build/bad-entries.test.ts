/**
 * Every bad entry of the corpus, put into a copy of the project, stops the real build. Rules the build checks
 * before loading content (fields, photos, files, addresses) are proved with `astro sync`, which runs that check;
 * rules on the text are proved with `astro build`, where the MDX compiler's plugin catches them. Two copies run at
 * a time, which keeps a 2-core machine busy without thrashing.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, fixtures, placeFixture } from '../support/bad-entries.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';

const run = promisify(execFile);
const corpus = fixtures();
const copies: string[] = [];
const results = new Map<string, { failed: boolean; output: string }>();

/** The build's log without terminal colours. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

async function attempt(fixture: Fixture): Promise<void> {
	const copy = copyProject(`showcase-${fixture.name}-`);
	copies.push(copy);
	await placeFixture(fixture, copy);
	const command = fixture.needsFullBuild ? 'build' : 'sync';
	try {
		const { stdout, stderr } = await run(astroBin, [command], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
		results.set(fixture.name, { failed: false, output: plain(stdout + stderr) });
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		results.set(fixture.name, { failed: true, output: plain(stdout + stderr) });
	}
}

beforeAll(async () => {
	const queue = [...corpus];
	const worker = async () => {
		for (let fixture = queue.shift(); fixture; fixture = queue.shift()) await attempt(fixture);
	};
	await Promise.all([worker(), worker()]);
	// Time grows with the corpus: about a minute for `astro sync`, two and a half for a failing build, two at a time.
}, corpus.reduce((time, fixture) => time + (fixture.needsFullBuild ? 150_000 : 60_000), 0) / 2);

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

describe.each(corpus.map((fixture) => [fixture.name, fixture] as const))('the build with the bad entry %s', (_, fixture) => {
	const file = /^(\S+?)(?::\d+)?\s/.exec(fixture.expected)?.[1] ?? '';
	const rule = fixture.setup.buildRule ?? fixture.rules[0]!;

	it(`fails (${fixture.needsFullBuild ? 'astro build' : 'astro sync'})`, () => expect(results.get(fixture.name)?.failed).toBe(true));
	it(`names the file ${file}`, () => expect(results.get(fixture.name)?.output).toContain(file));
	it(`names the rule ${rule}`, () => expect(results.get(fixture.name)?.output).toContain(`[${rule}]`));
	it('publishes nothing', () => expect(results.get(fixture.name)?.output).not.toMatch(/Complete!/));
});
