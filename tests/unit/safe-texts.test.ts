/**
 * The build's guard on texts, run by the real compiler (Sätteri's mdxToJs and markdownToHtml, as Astro calls them)
 * on texts that claim to live anywhere: the guard must hold whatever path a file reports, for .mdx and .md alike.
 * The bad-entry corpus proves the same inside real builds; these prove the second wall on its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { blankFrontMatter } from '../../src/validate/frontmatter.ts';
import { safeBody } from '../../src/integrations/remark-safe.ts';
import { fixtures, placeFixture } from '../support/bad-entries.ts';

/** The compiler data Astro hands a plugin; the guard reads only the front matter of it. */
type CompileData = NonNullable<NonNullable<Parameters<typeof markdownToHtml>[1]>['data']>;

const root = mkdtempSync(join(tmpdir(), 'showcase-guard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Compiles a text as the build does, with the guard; returns the error the build would stop with, or ''. */
async function compile(
	path: string,
	source: string,
	format: 'mdx' | 'markdown' = 'mdx',
	frontmatter: Record<string, unknown> = {},
): Promise<string> {
	const options = {
		mdastPlugins: [safeBody(root)],
		...(path ? { fileURL: pathToFileURL(join(root, path)) } : {}),
		data: { astro: { frontmatter } } as unknown as CompileData,
	};
	try {
		if (format === 'mdx') await mdxToJs(source, { ...options, jsxImportSource: 'astro' });
		else await markdownToHtml(source, options);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

describe('an MDX text is held to the entry rules wherever it says it lives', () => {
	it.each(['content/businesses/x/index.mdx', 'content/elsewhere/index.mdx', 'src/pages/story.mdx', '../outside/index.mdx'])(
		'%s',
		async (path) => {
			const message = await compile(path, "Нан.\n\nexport const ran = (await import('node:fs')).writeFileSync('ran.txt', '')\n");
			expect(message).toContain('[body-esm]');
			expect(message).toContain(path);
		},
	);
	it('a text with no file at all', async () =>
		expect(await compile('', '<script>alert(1)</script>')).toMatch(/\(a text with no file\)(:\d+)?\s+body\s+\[body-unsafe-tag\]/));
	it('a layout in the front matter, which the compiler would import and run', async () => {
		expect(await compile('content/businesses/x/index.ru.mdx', 'Нан.', 'mdx', { layout: '../../../src/layouts/Evil.astro' })).toMatch(
			/index\.ru\.mdx\s+layout\s+\[unknown-field\]/,
		);
	});
});

describe('a Markdown page of the project is held to the page rules', () => {
	it.each([
		['raw HTML', '<script>alert(1)</script>\n', 'body-html'],
		['an event handler in raw HTML', 'Нан <img src=x onerror=alert(1)>.\n', 'body-html'],
		['a script address', '[басыңыз](javascript:alert(1))\n', 'body-url-scheme'],
		['a link that is not a web address', '[өнімдер](producers.html)\n', 'body-link'],
		['a link to another site written as a path', '[өнімдер](//evil.example/)\n', 'body-link'],
		['a link to another site written with a backslash', '[өнімдер](/\\evil.example/)\n', 'body-link'],
		['a remote image', '![пиксель](https://tracker.example/p.png)\n', 'photo-url'],
		['an image outside its folder', '![лого](../../src/assets/logo.png)\n', 'photo-outside'],
		['an image path that decodes to another', '![лого](./%2e%2e/secret.jpg)\n', 'photo-path-characters'],
		['a deep quote', `${'>'.repeat(300)} нан\n`, 'story-nesting'],
	])('%s', async (_, source, rule) =>
		expect(await compile('content/about/en.md', source, 'markdown')).toMatch(
			new RegExp(`content/about/en\\.md(:\\d+)?\\s+body\\s+\\[${rule}\\]`),
		),
	);
	it('may link to a page of the site by its path', async () =>
		expect(await compile('content/guide/en.md', '[the form](/en/submit/)\n', 'markdown')).toBe(''));
	it('the pages as they are pass', async () => {
		for (const page of ['about/kk.md', 'about/ru.md', 'about/en.md', 'guide/kk.md', 'guide/ru.md', 'guide/en.md']) {
			const source = blankFrontMatter(readFileSync(new URL(`../../content/${page}`, import.meta.url), 'utf8'));
			expect(await compile(`content/${page}`, source, 'markdown')).toBe('');
		}
	});
});

describe('the guard measures a text before any parser reads it', () => {
	const limited = fixtures().filter(
		(fixture) => /^story-(size|line-length|word-length|nesting)/.test(fixture.rules.at(-1) ?? '') || fixture.name === 'body-nesting',
	);
	it.each(limited.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
		await placeFixture(fixture, root);
		const [, file, rule] = /^content\/businesses\/(\S+?)(?::\d+)?\s+body\s+\[([a-z-]+)\]/.exec(fixture.expected)!;
		const source = blankFrontMatter(readFileSync(join(root, 'content/businesses', file!), 'utf8'));
		expect(await compile(`content/businesses/${file}`, source)).toContain(`[${rule}]`);
	});
	it('an error of its own becomes a problem naming the file, not a crash', () => {
		const entry = safeBody(root) as (context: object) => unknown;
		expect(() =>
			entry({ fileURL: pathToFileURL(join(root, 'content/businesses/x/index.mdx')), source: undefined, sourceFormat: 'mdx', data: {} }),
		).toThrow(/content\/businesses\/x\/index\.mdx\s+body\s+\[file-unreadable\]/);
	});
});

describe('a photo in the text is checked by its real path', () => {
	it('a file that is a link is refused, wherever it points', async () => {
		mkdirSync(join(root, 'content/businesses/y/photos'), { recursive: true });
		writeFileSync(join(root, 'content/businesses/y/photos/real.jpg'), 'x');
		symlinkSync('/etc/hostname', join(root, 'content/businesses/y/photos/host.jpg'));
		expect(await compile('content/businesses/y/index.mdx', '![пеш](./photos/host.jpg)\n')).toMatch(/index\.mdx:1\s+body\s+\[file-link\]/);
	});
});
