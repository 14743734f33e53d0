import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = new URL('../../', import.meta.url).pathname;

/** A copy of the project with one broken entry added, sharing node_modules with the real one. */
let copy: string;
let output: string;
let failed: boolean;

const brokenEntry = `---
owner: Тест Тестов
summary: Қате жазба.
category: bakerry
village: aiteke-bi
since: 2020
photos:
  - src: ./photo.jpg
    alt: Сурет
products:
  - name: Нан
    price: -5
    unit: piece
    availability: in-stock
    photo: ./photo.jpg
deliveryAreas: [district]
deliveryModes: [pickup]
payments: [cash]
contacts: { whatsapp: +7 700 000 00 99 }
listed: 2026-11-01
lastChecked: 2026-11-01
---

Мәтін.
`;

/** The build's log without terminal colours. */
const plain = (text: string) => stripVTControlCharacters(text);

beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'showcase-invalid-'));
	for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(join(project, item), join(copy, item), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
	const folder = join(copy, 'content/businesses/broken-bakery');
	mkdirSync(folder);
	writeFileSync(join(folder, 'index.mdx'), brokenEntry);
	cpSync(join(project, 'content/businesses/aqbala-plastik/photos/workshop.jpg'), join(folder, 'photo.jpg'));
	try {
		const result = await run(join(project, 'node_modules/.bin/astro'), ['build'], {
			cwd: copy,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		output = plain(result.stdout + result.stderr);
		failed = false;
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		output = plain(stdout + stderr);
		failed = true;
	}
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the build refuses an invalid entry', () => {
	it('fails', () => expect(failed).toBe(true));
	it('names the file', () => expect(output).toContain('content/businesses/broken-bakery/index.mdx'));
	it.each([
		// The messages of the entry validator (docs/validation.md), which the build runs before loading content.
		['the missing name', /index\.mdx:\d+ {2}name {2}\[required\]/],
		['the unknown category', /category {2}\[choice\]\n.*\n {2}Found: "bakerry"/],
		['the negative price', /products\[0\]\.price {2}\[price\]/],
	])('names the field of %s', (_, pattern) => expect(output).toMatch(pattern));
	it('publishes nothing', () => expect(output).not.toMatch(/Complete!/));
});
