import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLink, scriptScheme } from '../../src/validate/body-rules.ts';
import { entryFolder } from '../../src/validate/folder.ts';
import { readFrontMatter } from '../../src/validate/frontmatter.ts';
import { keywordsNamingOthers, nameIndex, namesOf } from '../../src/validate/keywords.ts';
import { linkProblems } from '../../src/validate/links.ts';
import { checkPhotoPath } from '../../src/validate/photo-path.ts';
import { redirectRoutes } from '../../src/validate/redirects.ts';
import { duplicateSlugs } from '../../src/validate/slugs.ts';
import { checkTextLimits } from '../../src/validate/text-limits.ts';

const folder = {
	find: (path: string) => (path === 'photos/shop.jpg' ? ('file' as const) : ('missing' as const)),
	photos: () => ['photos/shop.jpg'],
};

describe('a photo path', () => {
	it.each([
		['./photos/shop.jpg', undefined],
		['photos/shop.jpg', undefined],
		['./photos/SHOP.JPG', 'photo-missing'],
		['https://example.kz/a.jpg', 'photo-url'],
		['data:image/png;base64,AAAA', 'photo-url'],
		['/photos/shop.jpg', 'photo-absolute'],
		['C:\\Users\\me\\shop.jpg', 'photo-absolute'],
		['//cdn.example.kz/a.jpg', 'photo-absolute'],
		['../other/photos/shop.jpg', 'photo-outside'],
		['photos\\..\\..\\secret.jpg', 'photo-outside'],
		['./photos/logo.svg', 'photo-svg'],
		['./photos/logo.SVGZ', 'photo-svg'],
		['./photos/IMG_1.heic', 'photo-extension'],
		['./photos/shop', 'photo-extension'],
		['./photos/cake.webp', 'photo-missing'],
		['./%2e%2e/other/photos/shop.jpg', 'photo-path-characters'],
		['./photos/shop%2Ejpg', 'photo-path-characters'],
		['./photos/logo.svg?.jpg', 'photo-path-characters'],
		['./photos/shop.jpg?raw', 'photo-path-characters'],
		['./photos/logo.svg#.jpg', 'photo-path-characters'],
		['photos\\shop.jpg', 'photo-path-characters'],
	])('%s breaks %s', (path, rule) => expect(checkPhotoPath(path, folder)?.rule).toBe(rule));

	it.each([
		['link', 'file-link'],
		['outside', 'photo-outside'],
		['missing', 'photo-missing'],
		['file', undefined],
	] as const)('to what the folder calls a %s breaks %s', (kind, rule) =>
		expect(checkPhotoPath('./photos/shop.jpg', { find: () => kind })?.rule).toBe(rule),
	);
});

describe('an entry folder on disk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'showcase-folder-'));
	const outside = mkdtempSync(join(tmpdir(), 'showcase-outside-'));
	mkdirSync(join(dir, 'photos'));
	writeFileSync(join(dir, 'photos/shop.jpg'), 'x');
	writeFileSync(join(outside, 'secret.jpg'), 'x');
	symlinkSync('/etc/hostname', join(dir, 'photos/host.jpg'));
	symlinkSync(outside, join(dir, 'elsewhere'));
	mkdirSync(join(dir, 'photos/folder.jpg'));
	afterAll(() => [dir, outside].forEach((path) => rmSync(path, { recursive: true, force: true })));

	it.each([
		['photos/shop.jpg', 'file'],
		['photos/host.jpg', 'link'],
		['elsewhere/secret.jpg', 'link'],
		['photos/none.jpg', 'missing'],
		['photos/folder.jpg', 'missing'],
	])('calls %s a %s', (path, kind) => expect(entryFolder(dir).find!(path)).toBe(kind));
	it('lists its photos without entering a link', () => expect(entryFolder(dir).photos!()).toEqual(['photos/shop.jpg']));
	it('reports each link under it, the folder itself included', () => {
		expect(linkProblems(dir, dir).map((problem) => [problem.file, problem.found])).toEqual([
			['elsewhere', `a symbolic link to ${JSON.stringify(outside)}`],
			['photos/host.jpg', 'a symbolic link to "/etc/hostname"'],
		]);
		expect(linkProblems(dir, join(dir, 'elsewhere')).map((problem) => problem.file)).toEqual(['elsewhere']);
	});
});

describe('the limits of a text, measured before it is parsed', () => {
	const rules = (text: string) => checkTextLimits(text).map((finding) => finding.rule);
	it.each([
		['a short story', 'Біз нан пісіреміз.\n\n- тандыр нан\n- бауырсақ\n', []],
		['8 block quotes', `${'> '.repeat(8)}нан\n`, []],
		['9 block quotes', `${'>'.repeat(9)} нан\n`, ['story-nesting']],
		['9 lists on one line', `${'- '.repeat(9)}нан\n`, ['story-nesting']],
		['lists and quotes mixed', `${'> 1. '.repeat(5)}нан\n`, ['story-nesting']],
		['9 lists by indentation', Array.from({ length: 9 }, (_, level) => `${'  '.repeat(level)}- нан`).join('\n'), ['story-nesting']],
		['a line drawn with many stars', `${'* '.repeat(40)}\n`, []],
		['indented text that opens nothing', `${' '.repeat(40)}нан\n`, []],
		['a year that looks like a list', '2023. жылы ашылдық.\n', []],
		['a 300-character run', `${'Қ'.repeat(300)}\n`, []],
		['a 301-character run', `${'Қ'.repeat(301)}\n`, ['story-word-length']],
		['a long address in a link', `[сайт](https://example.kz/${'a'.repeat(250)})\n`, []],
		['a 4000-character line', `${'нан '.repeat(1000)}\n`, []],
		['a 4001-character line', `${'нан '.repeat(1000)}x\n`, ['story-line-length']],
		['32 KB of text', `${'нан.\n'.repeat((32 * 1024) / 8)}`, []],
		['more than 32 KB of text', `${'нан.\n'.repeat((32 * 1024) / 8 + 1)}`, ['story-size']],
		['blank front-matter lines before it', `${' '.repeat(5000)}\n${'   \n'.repeat(20000)}нан\n`, []],
	])('%s: %j', (_, text, expected) => expect(rules(text)).toEqual(expected));

	it('names the first line that breaks a rule, and how many more do', () => {
		expect(checkTextLimits(`нан\n${'>'.repeat(20)} a\n${'>'.repeat(30)} b\n${'>'.repeat(40)} c\n`)).toEqual([
			{ rule: 'story-nesting', found: '20 levels, and 2 more lines', expected: 'at most 8 levels of > and list items', line: 2 },
		]);
	});
	it('names the line where the text passes the size limit', () =>
		expect(checkTextLimits('нан.\n'.repeat(10000))[0]?.line).toBe((32 * 1024) / 8 + 1));
	it('counts characters, not UTF-16 units', () => expect(rules(`${'😀'.repeat(300)}\n`)).toEqual([]));
});

describe('a link in the text', () => {
	it.each([
		['https://kaspi.kz/shop/', undefined],
		['http://example.kz', undefined],
		['javascript:alert(1)', 'body-url-scheme'],
		[' JAVASCRIPT:alert(1)', 'body-url-scheme'],
		['java\tscript:alert(1)', 'body-url-scheme'],
		['data:text/html,<script>alert(1)</script>', 'body-url-scheme'],
		['vbscript:msgbox', 'body-url-scheme'],
		['example.kz', 'body-link'],
		['/producers/aqbala-plastik/', 'body-link'],
		['mailto:shop@example.kz', undefined],
		['tel:+77000000000', 'body-link'],
		['ftp://example.kz/', 'body-link'],
		['https://', 'body-link'],
	])('%s breaks %s', (url, rule) => expect(checkLink(url)?.rule).toBe(rule));

	it('is told from a script address however it is cased and spaced', () =>
		expect(scriptScheme('\u0000 JaVa\nScRiPt:x')?.rule).toBe('body-url-scheme'));
});

describe('a front matter', () => {
	it('may start with a byte-order mark', () =>
		expect(readFrontMatter('\uFEFF---\nname: Нан\n---\n').frontMatter?.data).toEqual({ name: 'Нан' }));
	it('keeps its lines when blank lines come first', () =>
		expect(readFrontMatter('\n\n---\nname: Нан\nowner: Ақбала\n---\n').frontMatter?.locate(['owner']).line).toBe(5));
	it('refuses TOML', () => expect(readFrontMatter('+++\nname = "Нан"\n+++\n').findings[0]?.rule).toBe('frontmatter-missing'));
	it('never hands an alias bomb to the parser', () => {
		const bomb = `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: &c [${'*b, '.repeat(9)}*b]\n---\n`;
		const { frontMatter, findings } = readFrontMatter(bomb);
		expect(frontMatter).toBeUndefined();
		expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['yaml-alias']));
	});
});

describe('duplicate folders', () => {
	it.each([
		[['aqbala-plastik', 'Aqbala-Plastik'], ['Aqbala-Plastik']],
		[['aqbala-plastik', 'ақбала-пластик'], ['ақбала-пластик']],
		[['aqbala-plastik', 'aqbala_plastik'], ['aqbala_plastik']],
		[['Nan', 'NAN'], ['Nan']],
		[['aqbala-plastik', 'aqbala-plastik-2'], []],
	])('%j: reported %j', (folders, reported) => {
		expect(duplicateSlugs(folders).map((problem) => problem.file.split('/')[2])).toEqual(reported);
	});
});

describe('the redirects config', () => {
	it('leads each old address to the new one in every language', () => {
		expect(redirectRoutes({ 'aqbala-old': 'aqbala-plastik' }, ['kk', 'ru', 'en'])).toEqual({
			'/producers/aqbala-old/': '/producers/aqbala-plastik/',
			'/ru/producers/aqbala-old/': '/ru/producers/aqbala-plastik/',
			'/en/producers/aqbala-old/': '/en/producers/aqbala-plastik/',
		});
	});
	it('gives Astro absolute targets under the published base, which it leaves as they are', () => {
		expect(redirectRoutes({ 'aqbala-old': 'aqbala-plastik' }, ['en'], new URL('https://example.github.io/showcase'))).toEqual({
			'/en/producers/aqbala-old/': 'https://example.github.io/showcase/en/producers/aqbala-plastik/',
		});
	});
	it('leads a removed entry to a page of the site, in every language', () => {
		expect(redirectRoutes({ 'closed-shop': '/producers/' }, ['kk', 'ru'])).toEqual({
			'/producers/closed-shop/': '/producers/',
			'/ru/producers/closed-shop/': '/ru/producers/',
		});
	});
});

describe('a keyword', () => {
	const others = nameIndex([
		namesOf('damdi-naubaihanasy', { name: { kk: '«Дәмді» наубайханасы', ru: 'Пекарня «Дамди»' }, owner: 'Гүлнар Сейітова' }),
		namesOf('bereke', { name: 'Береке', owner: 'Самат' }),
		namesOf('aru-torttary', { name: '«Ару» торттары', owner: 'Айгерім Тұрсынова' }),
	]);
	const named = (keyword: string) => {
		const frontMatter = readFrontMatter(`---\nproducts:\n  - keywords:\n      kk: [${JSON.stringify(keyword)}]\n---\n`).frontMatter!;
		return keywordsNamingOthers({ slug: 'aru-torttary', file: 'content/businesses/aru-torttary/index.mdx', frontMatter }, others).map(
			(problem) => problem.rule,
		);
	};
	it.each([
		['дәмді наубайханасы', ['keyword-business']],
		['Damdi naubaihanasy', ['keyword-business']],
		['пекарня дамди', ['keyword-business']],
		['Гүлнар Сейітова торттары', ['keyword-business']],
		['дәмді торт', []],
		['береке', []],
		['наубайхана', []],
		['«Ару» торттары', []],
	])('%j names another business: %j (its own name is fine)', (keyword, rules) => expect(named(keyword)).toEqual(rules));
});
