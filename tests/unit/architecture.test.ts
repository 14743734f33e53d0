/**
 * The rooms of the code and the one way imports go between them (docs/architecture.md): a module imports
 * only from its own room or a room below it, so a cycle between rooms, or an import that climbs, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** From the top of the house down; rooms on one line sit beside each other and may not import each other. */
const order: readonly (readonly string[])[] = [
	['scripts', 'src/pages', 'src/integrations'],
	['src/layouts'],
	['src/components'],
	['src/data'],
	['src/entry'],
	['src/validate'],
	['src/schemas'],
	['src/i18n'],
	['src/lib'],
];

/** The room a file is in: the longest listed folder that holds it. */
function roomOf(file: string): string | undefined {
	return order
		.flat()
		.filter((room) => file === room || file.startsWith(`${room}/`))
		.sort((a, b) => b.length - a.length)[0];
}

const levelOf = (room: string) => order.findIndex((rooms) => rooms.includes(room));

function* sourceFiles(folder: string): Generator<string> {
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		const path = `${folder}/${entry.name}`;
		if (entry.isDirectory()) yield* sourceFiles(path);
		else if (/\.(ts|mts|mjs|js|astro)$/.test(entry.name)) yield path;
	}
}

/** Every relative module a file imports, statically or dynamically, as a path from the repository root. */
function importsOf(file: string, text: string): string[] {
	const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
	return specifiers.map((specifier) => relative(root, resolve(root, dirname(file), specifier)));
}

/** The imports that leave their room for one above it or beside it. */
function climbing(imports: readonly { file: string; target: string }[]): string[] {
	return imports.flatMap(({ file, target }) => {
		const from = roomOf(file);
		const to = roomOf(target);
		if (!from || !to || from === to) return [];
		return levelOf(to) <= levelOf(from) ? [`${file} -> ${target}`] : [];
	});
}

const files = ['scripts', 'src'].flatMap((folder) => [...sourceFiles(folder)]);
const edges = files.flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')).map((target) => ({ file, target })));

describe('the house: imports go one way', () => {
	it('finds the imports it checks', () => {
		expect(edges.length).toBeGreaterThan(100);
		expect(importsOf('src/pages/a.astro', `import x from '../lib/slug.ts';\nconst y = await import('./b');`)).toEqual([
			'src/lib/slug.ts',
			'src/pages/b',
		]);
	});

	it('every source file is in a room', () => {
		const wiring = ['src/content.config.ts', 'src/middleware.ts', 'src/env.d.ts'];
		expect(files.filter((file) => !roomOf(file) && !wiring.includes(file))).toEqual([]);
	});

	it('an import that climbs or crosses sideways is caught, one going down is not', () => {
		const found = climbing([
			{ file: 'src/lib/a.ts', target: 'src/schemas/b.ts' },
			{ file: 'scripts/a.ts', target: 'src/pages/b.astro' },
			{ file: 'src/pages/a.astro', target: 'src/lib/b.ts' },
			{ file: 'src/lib/search/a.ts', target: 'src/lib/b.ts' },
		]);
		expect(found).toEqual(['src/lib/a.ts -> src/schemas/b.ts', 'scripts/a.ts -> src/pages/b.astro']);
	});

	it('no module imports from a room above its own or beside it', () => expect(climbing(edges)).toEqual([]));

	it('nothing outside tests/ imports a test', () => {
		expect(edges.filter(({ target }) => target.startsWith('tests/')).map(({ file, target }) => `${file} -> ${target}`)).toEqual([]);
	});
});
