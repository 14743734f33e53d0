import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBin, copyProject } from '../support/project-copy';

const run = promisify(execFile);

let copy: string;
let output = '';
let failed = false;

beforeAll(async () => {
	copy = copyProject('showcase-bad-config-', { entries: false });
	const file = join(copy, 'content/site.json');
	const site = JSON.parse(readFileSync(file, 'utf8')) as { organisers: Record<string, unknown> };
	writeFileSync(file, JSON.stringify({ ...site, organisers: { ...site.organisers, phone: '12345' } }, null, '\t'));
	try {
		await run(astroBin, ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		output = stripVTControlCharacters(stdout + stderr);
		failed = true;
	}
}, 240_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the build refuses a bad content/site.json', () => {
	it('fails', () => expect(failed).toBe(true));
	it('names the file and the field, with what was found', () =>
		expect(output).toMatch(/content\/site\.json does not hold what the site expects:\n {2}organisers\.phone\n.*\n {4}Found: "12345"/));
	it('says what to do', () => expect(output).toMatch(/Correct the fields named above in content\/site\.json/));
	it('says it before any raw Zod error, which Astro prints only as the kept cause', () => {
		const [error = '', cause = ''] = output.split(/\n\s*Caused by:\n/);
		expect(error).toMatch(/organisers\.phone/);
		expect(error).not.toMatch(/"code":/);
		expect(cause).toMatch(/"code": "custom"/);
	});
});
