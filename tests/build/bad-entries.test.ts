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
import { astroBin, buildOneByOne, copyProject } from '../support/project-copy.ts';

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

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SHOWCASE_SAMPLES: 'false' };

/** A copy holding the fixtures, or why it could not be set up. */
async function prepare(group: Fixture[], stage: Stage): Promise<string | Result> {
	try {
		const copy = copyProject(`showcase-${group.length === 1 ? group[0]!.name : stage}-`, { entries: false });
		copies.push(copy);
		for (const fixture of group) await placeFixture(fixture, copy);
		return copy;
	} catch (error) {
		// A copy that cannot be set up is a run that did not fail.
		return { failed: false, output: `The copy could not be set up: ${String(error)}` };
	}
}

/** Runs `astro sync` or `astro build` in a copy holding the fixtures. */
async function attempt(group: Fixture[], stage: Stage): Promise<Result> {
	const copy = await prepare(group, stage);
	if (typeof copy !== 'string') return copy;
	try {
		const { stdout, stderr } = await run(astroBin, [commandOf(stage)], { cwd: copy, env, maxBuffer: 64 * 1024 * 1024 });
		return { failed: false, output: plain(stdout + stderr) };
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: string; stderr?: string };
		return stdout === undefined ? { failed: false, output: String(error) } : { failed: true, output: plain(stdout + (stderr ?? '')) };
	}
}

/** Builds each fixture in a copy of its own, one copy after another in one process. */
async function attemptEach(group: Fixture[]): Promise<Result[]> {
	const prepared = await Promise.all(group.map((fixture) => prepare([fixture], 'compile')));
	const built = await buildOneByOne(
		prepared.filter((copy) => typeof copy === 'string'),
		env,
	);
	return prepared.map((copy) => (typeof copy === 'string' ? { ...built.get(copy)!, output: plain(built.get(copy)!.output) } : copy));
}

/**
 * Every run is queued once and worked off two at a time: the batches first (each proves many rules), then the rest
 * in the order the tests below wait for them, the compiled texts last, in two halves. Each fixture's tests wait only
 * for their own run.
 */
const results = new Map<string, Promise<Result>>();
const tasks: (() => Promise<void>)[] = [];
/** Queues a run whose results are the group's, fixture by fixture, in order. */
const schedule = (group: Fixture[], run: () => Promise<Result[]>) => {
	if (group.length === 0) return;
	let done: (results: Result[]) => void = () => {};
	const result = new Promise<Result[]>((resolve) => (done = resolve));
	tasks.push(async () => done(await run()));
	group.forEach((fixture, at) =>
		results.set(
			fixture.name,
			result.then((all) => all[at]!),
		),
	);
};
/** One copy for the whole group: every fixture in it shares the one run's result. */
const together = (group: Fixture[], stage: Stage) =>
	schedule(group, async () => {
		const result = await attempt(group, stage);
		return group.map(() => result);
	});
const by = (stage: Stage) => corpus.filter((fixture) => stageOf(fixture) === stage);
together(by('batch'), 'batch');
together(by('links'), 'links');
for (const fixture of by('alone')) together([fixture], 'alone');
const compiled = by('compile');
for (const half of [compiled.filter((_, at) => at % 2 === 0), compiled.filter((_, at) => at % 2 === 1)])
	schedule(half, () => attemptEach(half));

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
	// Two runs at a time: a fixture waits for its own run, which may be a half of the compiled texts.
	beforeAll(async () => {
		result = await results.get(fixture.name)!;
	}, 900_000);

	it(`fails (astro ${commandOf(stage)}${stage === 'batch' || stage === 'links' ? ', with the other entries of its batch' : ''})`, () =>
		expect(result.failed).toBe(true));
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
