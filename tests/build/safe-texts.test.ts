/**
 * Attacks on the build itself, in real builds of copies of the project: an entry folder that is a symbolic link
 * to a folder elsewhere, whose story exports code that would write a file when run; a vocabulary that is a link,
 * which the build's own modules would read as they load; and one of the project's own Markdown pages with raw
 * HTML in it, which only the compiler's guard sees (the validator checks entries).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/bad-entries.ts';
import { astroBin, copyProject } from '../support/project-copy.ts';

const run = promisify(execFile);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SHOWCASE_SAMPLES: 'false' };
const made: string[] = [];
afterAll(() => made.forEach((path) => rmSync(path, { recursive: true, force: true })));

/** Runs astro in a copy; what it printed, and whether it failed. */
async function astro(copy: string, task: string): Promise<{ failed: boolean; output: string }> {
	return command(copy, astroBin, [task]);
}

/** Runs a program in a copy; what it printed, and whether it failed. */
async function command(copy: string, program: string, args: string[]): Promise<{ failed: boolean; output: string }> {
	try {
		const { stdout, stderr } = await run(program, args, { cwd: copy, env, timeout: 150_000 });
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

describe('an entry folder that is a link to a folder outside the project', () => {
	const outside = mkdtempSync(join(tmpdir(), 'showcase-outside-'));
	const marker = join(outside, 'code-ran.txt');
	let result: { failed: boolean; output: string };
	beforeAll(async () => {
		const copy = copyProject('showcase-linked-entry-', { entries: false });
		made.push(copy, outside);
		// A whole entry, good but for its story, which runs code and ships a script if it is ever compiled.
		cpSync(join(fixturesDir, 'body-esm-export'), outside, {
			recursive: true,
			filter: (source) => !/(setup\.json|expected\.txt)$/.test(source),
		});
		mkdirSync(join(outside, 'photos'));
		writeFileSync(
			join(outside, 'photos/photo.jpg'),
			await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c8a165' } })
				.jpeg()
				.toBuffer(),
		);
		appendFileSync(
			join(outside, 'index.mdx'),
			`\nexport const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')\n\n<script>alert(1)</script>\n`,
		);
		symlinkSync(outside, join(copy, 'content/businesses/linked-bakery'));
		result = await astro(copy, 'build');
	}, 180_000);

	it('stops the build', () => expect(result.failed).toBe(true));
	it('names the link and the rule', () => expect(result.output).toMatch(/content\/businesses\/linked-bakery\s+\[file-link\]/));
	it('never runs its code', () => expect(existsSync(marker)).toBe(false));
	it('publishes nothing', () => expect(result.output).not.toMatch(/Complete!/));
});

describe('a vocabulary that is a link to a named pipe', () => {
	// Reading a named pipe waits for a writer that never comes: if anything followed the link, the command would hang.
	const outside = mkdtempSync(join(tmpdir(), 'showcase-pipe-'));
	let built: { failed: boolean; output: string };
	let validated: { failed: boolean; output: string };
	beforeAll(async () => {
		const copy = copyProject('showcase-linked-vocabulary-', { entries: false });
		made.push(copy, outside);
		cpSync(new URL('../../scripts', import.meta.url), join(copy, 'scripts'), { recursive: true });
		const pipe = join(outside, 'units.json');
		await run('mkfifo', [pipe]);
		rmSync(join(copy, 'content/vocabularies/units.json'));
		symlinkSync(pipe, join(copy, 'content/vocabularies/units.json'));
		built = await astro(copy, 'build');
		validated = await command(copy, join(copy, 'node_modules/.bin/node'), [join(copy, 'scripts/validate.ts')]);
	}, 180_000);

	it('stops the build, naming the link, without reading it', () => {
		expect(built.failed).toBe(true);
		expect(built.output).toMatch(/content\/vocabularies\/units\.json\s+\[file-link\]/);
	});
	it('fails npm run validate the same way', () => {
		expect(validated.failed).toBe(true);
		expect(validated.output).toMatch(/content\/vocabularies\/units\.json\s+\[file-link\]/);
	});
});

describe('a page of the project with raw HTML in it', () => {
	let result: { failed: boolean; output: string };
	beforeAll(async () => {
		const copy = copyProject('showcase-page-html-', { entries: false });
		made.push(copy);
		appendFileSync(join(copy, 'content/about/en.md'), '\n<script>alert(1)</script>\n');
		result = await astro(copy, 'build');
	}, 180_000);

	it('stops the build', () => expect(result.failed).toBe(true));
	it('names the page and the rule', () => expect(result.output).toMatch(/content\/about\/en\.md:\d+\s+body\s+\[body-html\]/));
	it('publishes nothing', () => expect(result.output).not.toMatch(/Complete!/));
});
