/** `npm run validate` as contributors and CI run it: its exit code, its text and its JSON. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, placeFixture } from '../support/bad-entries.ts';

const project = new URL('../../', import.meta.url).pathname;
const node = join(project, 'node_modules/.bin/node');
const script = join(project, 'scripts/validate.ts');
let bad: string;

/** Runs the validator in a folder and returns its exit code and output. */
async function validate(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
	try {
		const { stdout } = await promisify(execFile)(node, [script, ...args], { cwd });
		return { code: 0, stdout };
	} catch (error) {
		const { code, stdout } = error as { code: number; stdout: string };
		return { code, stdout };
	}
}

beforeAll(async () => {
	bad = mkdtempSync(join(tmpdir(), 'showcase-validate-'));
	await placeFixture(
		fixtures().find((fixture) => fixture.name === 'price')!,
		bad,
	);
});

afterAll(() => rmSync(bad, { recursive: true, force: true }));

describe('npm run validate', () => {
	it('passes the sample catalogue with exit code 0', async () => {
		const { code, stdout } = await validate(project);
		expect(code).toBe(0);
		expect(stdout).toMatch(/\d+ entries checked, no problems\./);
	});

	it('passes one good entry given by its folder', async () =>
		expect((await validate(project, 'content/businesses/aqbala-plastik')).code).toBe(0));

	it('passes one good entry given by its index.mdx', async () =>
		expect((await validate(project, 'content/businesses/aqbala-plastik/index.mdx')).code).toBe(0));

	it('refuses a bad entry with exit code 1, naming file, line, field and rule', async () => {
		const { code, stdout } = await validate(bad);
		expect(code).toBe(1);
		expect(stdout).toContain('content/businesses/price/index.mdx:13  products[0].price  [price]');
		expect(stdout).toContain('Бағасы оң бүтін сан болуы керек (теңгемен). / Price must be a positive whole number of tenge.');
		expect(stdout).toContain('1 entries checked: 1 problem(s) in 1 file(s).');
	});

	it('prints the problems as JSON with --json', async () => {
		const { code, stdout } = await validate(bad, '--json');
		expect(code).toBe(1);
		expect(JSON.parse(stdout)).toEqual({
			ok: false,
			entries: ['content/businesses/price'],
			problems: [
				{
					file: 'content/businesses/price/index.mdx',
					line: 13,
					field: 'products[0].price',
					rule: 'price',
					kk: 'Бағасы оң бүтін сан болуы керек (теңгемен).',
					en: 'Price must be a positive whole number of tenge.',
					found: '-5',
					expected: 'e.g. 1200',
				},
			],
		});
	});

	it('says so, with exit code 2, when a path does not exist', async () =>
		expect((await validate(project, 'content/businesses/no-such-entry')).code).toBe(2));
});
