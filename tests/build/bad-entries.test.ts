/**
 * Every bad entry of the corpus, put into a copy of the project, stops the real build. What the build refuses before
 * it loads anything is proved in batches: one `astro sync` of a copy holding all those entries at once must print
 * each entry's problems, as the validator reports every entry together; symbolic links, which stop the build before
 * its configuration reads content/, in a batch of their own; cases that set up the catalogue as a whole (redirects,
 * a published history) one copy each. The rules on the text are the MDX compiler's, so each of those entries gets
 * its own `astro build`, of a copy without the sample entries. Two runs at a time keep a 2-core machine busy
 * without thrashing.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, fixtures, placeFixture } from '../support/bad-entries.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';

const run = promisify(execFile);
const corpus = fixtures();
const copies: string[] = [];
type Result = { failed: boolean; output: string };

/** How the build is shown to refuse a fixture, and which fixtures share the copy. */
type Stage = 'links' | 'batch' | 'alone' | 'compile';
const stageOf = (fixture: Fixture): Stage => {
	if (fixture.setup.links) return 'links';
	if (fixture.needsFullBuild) return 'compile';
	// A file the catalogue holds once (redirects, the featured list, an exhibition under its name) takes a copy of its own.
	const catalogueWide = fixture.setup.redirects || fixture.setup.published || fixture.setup.featured || fixture.setup.exhibition;
	return catalogueWide ? 'alone' : 'batch';
};
const commandOf = (stage: Stage) => (stage === 'compile' ? 'build' : 'sync');

/** The build's log without terminal colours. */
const plain = (text: string) => stripVTControlCharacters(text);

/** Runs astro in a copy holding the fixtures; a copy that cannot be set up is a run that did not fail. */
async function attempt(group: Fixture[], stage: Stage): Promise<Result> {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SHOWCASE_SAMPLES: 'false' };
	try {
		const copy = copyProject(`showcase-${group.length === 1 ? group[0]!.name : stage}-`, { entries: false });
		copies.push(copy);
		for (const fixture of group) await placeFixture(fixture, copy);
		const { stdout, stderr } = await run(astroBin, [commandOf(stage)], { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 });
		return { failed: false, output: plain(stdout + stderr) };
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		return stdout === undefined ? { failed: false, output: `The copy could not be set up: ${String(error)}` } : { failed: true, output: plain(stdout + (stderr ?? '')) };
	}
}

/**
 * Every run is queued once and worked off two at a time: the batches first (each proves many rules), then the rest
 * in the order the tests below wait for them. Each fixture's tests wait only for their own run.
 */
const results = new Map<string, Promise<Result>>();
const tasks: (() => Promise<void>)[] = [];
const schedule = (group: Fixture[], stage: Stage) => {
	if (group.length === 0) return;
	let done: (result: Result) => void = () => {};
	const result = new Promise<Result>((resolve) => (done = resolve));
	tasks.push(async () => done(await attempt(group, stage)));
	for (const fixture of group) results.set(fixture.name, result);
};
const by = (stage: Stage) => corpus.filter((fixture) => stageOf(fixture) === stage);
schedule(by('batch'), 'batch');
schedule(by('links'), 'links');
for (const fixture of corpus.filter((fixture) => ['alone', 'compile'].includes(stageOf(fixture)))) schedule([fixture], stageOf(fixture));

beforeAll(() => {
	const worker = async () => {
		for (let task = tasks.shift(); task; task = tasks.shift()) await task();
	};
	void Promise.all([worker(), worker()]);
});

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** The problems of expected.txt, each as printed: its head line, the message, what was found and expected. */
const expectedProblems = (fixture: Fixture) => fixture.expected.split('\n\n');

describe.each(corpus.map((fixture) => [fixture.name, fixture] as const))('the build with the bad entry %s', (_, fixture) => {
	const stage = stageOf(fixture);
	let result: Result;
	// Two runs at a time: a fixture waits for its own run, and for at most the run before it.
	beforeAll(async () => {
		result = await results.get(fixture.name)!;
	}, 300_000);

	it(`fails (astro ${commandOf(stage)}${stage === 'batch' || stage === 'links' ? ', with the other entries of its batch' : ''})`, () => expect(result.failed).toBe(true));
	it('publishes nothing', () => expect(result.output).not.toMatch(/Complete!/));

	if (stage === 'compile') {
		// The compiler stops at the first text it refuses, so it is held to the file and the rule, not to every problem.
		const file = /^(\S+?)(?::\d+)?\s/.exec(fixture.expected)?.[1] ?? '';
		const rule = fixture.setup.buildRule ?? fixture.rules[0]!;
		it(`names the file ${file}`, () => expect(result.output).toContain(file));
		it(`names the rule ${rule}`, () => expect(result.output).toContain(`[${rule}]`));
	} else {
		// Before loading, the build prints the validator's problems as they are; a link stops it sooner, with the links.
		const printed = expectedProblems(fixture).filter((text) => stage !== 'links' || /^\S+ {2}\[file-link\]\n/.test(text));
		it.each(printed.map((text) => [text.split('\n')[0]!, text] as const))('prints %s', (_, text) => expect(result.output).toContain(text));
	}
});
