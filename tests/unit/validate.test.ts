import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNode } from '../../src/validate/body-rules.ts';
import { formatProblems, messages, ruleIds, validateCatalogue } from '../../src/validate/index.ts';
import { findingFor } from '../../src/validate/issues.ts';
import { fixtures, placeFixture } from '../support/bad-entries.ts';

const corpus = fixtures();
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The problems the validator finds in a project holding only the fixture (and what its setup adds). */
async function reportOf(fixture: (typeof corpus)[number]): Promise<string> {
	const root = mkdtempSync(join(tmpdir(), 'showcase-bad-entry-'));
	roots.push(root);
	await placeFixture(fixture, root);
	const { problems } = await validateCatalogue({ root, ...(fixture.setup.components ? { components: fixture.setup.components } : {}) });
	return formatProblems(problems);
}

describe('the corpus of bad entries', () => {
	it('holds at least 40 cases', () => expect(corpus.length).toBeGreaterThanOrEqual(40));

	// Three rules are fallbacks the current schema, parser and checks never reach; they are tested below.
	const fallbacks = ['invalid', 'body-html', 'file-unreadable'];
	it.each(ruleIds.filter((rule) => !fallbacks.includes(rule)))('has a case for the rule %s', (rule) => {
		expect(corpus.flatMap((fixture) => fixture.rules)).toContain(rule);
	});

	it.each(corpus.map((fixture) => [fixture.name, fixture] as const))(
		'%s gets exactly the problems in its expected.txt',
		async (_, fixture) => {
			expect(fixture.expected, 'expected.txt is missing').not.toBe('');
			expect(await reportOf(fixture)).toBe(fixture.expected);
		},
	);
});

describe('the sample catalogue', () => {
	it('has no problems', async () => {
		const { entries, problems } = await validateCatalogue({ root: new URL('../../', import.meta.url).pathname });
		expect(formatProblems(problems)).toBe('');
		expect(entries.length).toBeGreaterThanOrEqual(14);
	});
});

describe('the fallback rules', () => {
	it('an issue no rule names is shown with the schema’s own words', () => {
		const issue = { code: 'invalid_union', path: ['x'], message: 'Invalid input' };
		expect(findingFor(issue, { value: 1, present: true, info: { keys: [] } })).toEqual({
			rule: 'invalid',
			found: '1',
			expected: 'Invalid input',
		});
	});
	it('an error no rule expects becomes a problem naming the file, and the other files are still checked', async () => {
		const root = mkdtempSync(join(tmpdir(), 'showcase-bad-entry-'));
		roots.push(root);
		for (const name of ['body-component', 'price'])
			await placeFixture(
				corpus.find((fixture) => fixture.name === name)!,
				root,
			);
		const broken = new Proxy(
			{},
			{
				get: () => {
					throw new Error('the list of components is broken');
				},
			},
		);
		const { problems } = await validateCatalogue({ root, components: broken });
		expect(problems.map((problem) => [problem.file, problem.rule, problem.found])).toEqual([
			['content/businesses/body-component/index.mdx', 'file-unreadable', 'the list of components is broken'],
			['content/businesses/price/index.mdx', 'price', '-5'],
		]);
	});
	it('an entry path that cannot be read stops only its own checks', async () => {
		const root = mkdtempSync(join(tmpdir(), 'showcase-bad-entry-'));
		roots.push(root);
		await placeFixture(
			corpus.find((fixture) => fixture.name === 'price')!,
			root,
		);
		const { problems } = await validateCatalogue({ root, entries: ['content/businesses/price', 'content/businesses/no-such-folder'] });
		expect(problems.map((problem) => [problem.file, problem.rule])).toEqual([
			['content/businesses/price/index.mdx', 'price'],
			['content/businesses/no-such-folder', 'file-unreadable'],
		]);
	});
	it('a raw HTML node, which MDX never makes but Markdown would, is refused', () => {
		const node = { type: 'html', value: '<img src=x onerror=alert(1)>', position: { start: { line: 7 } } };
		expect(checkNode(node, { components: {}, photo: () => undefined })).toEqual([
			{ rule: 'body-html', found: '"<img src=x onerror=alert(1)>"', expected: 'plain Markdown text', line: 7 },
		]);
	});
});

describe('the messages', () => {
	it.each(ruleIds)('%s is written in Kazakh and in English', (rule) => {
		const { kk, en } = messages[rule];
		expect(kk).toMatch(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
		expect(en).toMatch(/^[A-Za-z].*\.$/);
		expect(kk).toMatch(/\.$/);
	});
});

describe('docs/validation.md', () => {
	const docs = readFileSync(new URL('../../docs/validation.md', import.meta.url), 'utf8');
	it.each(ruleIds)('lists %s with its message in both languages', (rule) => {
		// A table cell as Markdown writes it: a pipe escaped, and padded to the column's width by the formatter.
		const cell = (text: string) => text.replaceAll('|', '\\|').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		expect(docs).toMatch(new RegExp(`\\| \`${rule}\` +\\| ${cell(`${messages[rule].en}<br>${messages[rule].kk}`)} +\\|`));
	});
});
