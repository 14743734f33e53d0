/**
 * `npm run print` as an organiser runs it: it finds every exhibition of a build, prints its booklet and card sheets in
 * every language to PDF, says what it wrote, and stops with a plain message when there is no build.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../scripts/support/pdf';

const project = new URL('../../', import.meta.url).pathname;
const node = join(project, 'node_modules/.bin/node');
const script = join(project, 'scripts/print.ts');
const scratch = mkdtempSync(join(tmpdir(), 'showcase-print-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the script on a build in `dist`, writing to `out`, and returns its exit code and output. */
async function print(dist: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await promisify(execFile)(node, [script, out], { env: { ...process.env, SHOWCASE_DIST: dist } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

/** A built site of a few plain pages: what the script needs of a build, and fast to print. */
function tinyBuild(): string {
	const dist = join(scratch, 'dist');
	const page = (path: string, body: string) => {
		const file = join(dist, path, 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(
			file,
			`<!doctype html><html><head><meta charset="utf-8"><style>@page { size: A5; margin: 10mm }</style></head><body>${body}</body></html>`,
		);
	};
	page('', '<p>home</p>');
	for (const lang of ['', 'ru', 'en']) {
		page(`${lang}/exhibitions/fair/booklet`, '<p>cover</p><p style="break-before: page">stands</p>');
		page(`${lang}/exhibitions/fair/cards`, '<p>cards</p>');
	}
	return dist;
}

describe('npm run print', () => {
	it('writes the booklet and the card sheets of every exhibition in every language, with their page counts', async () => {
		const out = join(scratch, 'out');
		const { code, stdout } = await print(tinyBuild(), out);
		expect(code).toBe(0);
		expect(readdirSync(join(out, 'fair')).sort()).toEqual([
			'booklet-en.pdf',
			'booklet-kk.pdf',
			'booklet-ru.pdf',
			'cards-en.pdf',
			'cards-kk.pdf',
			'cards-ru.pdf',
		]);
		expect(pdfPages(readFileSync(join(out, 'fair', 'booklet-ru.pdf')))).toMatchObject({ count: 2 });
		expect(stdout).toMatch(/fair\/booklet-kk\.pdf {2}2 pages of 420 × 595 pt/);
		expect(stdout).toMatch(/fair\/cards-en\.pdf {2}1 page of 420 × 595 pt/);
	}, 120_000);

	it('without a build, says to build first and prints nothing', async () => {
		const out = join(scratch, 'none');
		const { code, stderr } = await print(join(scratch, 'no-such-dist'), out);
		expect(code).toBe(1);
		expect(stderr).toMatch(/has no built site: run `npm run build` first/);
		expect(() => readdirSync(out)).toThrow();
	});
});
