/**
 * The build's second wall, the check on the HTML an entry's text became (src/integrations/safe-html.ts), run alone:
 * without the Markdown guard in front of it, it still stops every bad text of the corpus, for the same rules.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { imageReferences } from '../../src/integrations/image-references.ts';
import { safeHtml } from '../../src/integrations/safe-html.ts';
import { blankFrontMatter } from '../../src/validate/frontmatter.ts';
import { checkHtmlElement } from '../../src/validate/html-rules.ts';
import { fixtures, placeFixture } from '../support/bad-entries.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The rules the HTML check alone names for an entry's text, or [] when it lets the text through. */
async function htmlRules(root: string, path: string, text?: string): Promise<string[]> {
	const file = join(root, path);
	const source = text ?? blankFrontMatter(readFileSync(file, 'utf8'));
	try {
		await mdxToJs(source, { mdastPlugins: [imageReferences()], hastPlugins: [safeHtml(root)], fileURL: pathToFileURL(file) });
		return [];
	} catch (error) {
		return [...(error as Error).message.matchAll(/\[([a-z0-9-]+)\]$/gm)].map((match) => match[1]!);
	}
}

// A parse error never reaches HTML; a definition nothing uses renders nothing, so there is nothing to stop; nesting is
// refused on the parsed tree before the compiler sees it, since the compiler is what too deep a text crashes.
const unrendered = ['body-syntax', 'body-definition', 'body-nesting'];
const texts = fixtures().filter(
	(fixture) => fixture.needsFullBuild && !unrendered.some((name) => fixture.rules.includes(name) || fixture.name === name),
);

describe('the HTML check alone', () => {
	it.each(texts.map((fixture) => [fixture.name, fixture] as const))(
		'stops %s for the same rules as the Markdown check',
		async (_, fixture) => {
			const root = mkdtempSync(join(tmpdir(), 'showcase-safe-html-'));
			roots.push(root);
			await placeFixture(fixture, root);
			const problems = [...fixture.expected.matchAll(/^([^\s:]+)\S*\s+body\s+\[([a-z0-9-]+)\]$/gm)];
			// The build allows no components, so a rule about an allowed one's attributes is body-component there.
			const expected = fixture.setup.buildRule ? [fixture.setup.buildRule] : problems.map((match) => match[2]!);
			expect(new Set(await htmlRules(root, problems[0]![1]!))).toEqual(new Set(expected));
		},
	);

	it('lets a good text through, a photo by reference included', async () => {
		const [fixture] = fixtures().filter((candidate) => candidate.name === 'body-link');
		const root = mkdtempSync(join(tmpdir(), 'showcase-safe-html-'));
		roots.push(root);
		await placeFixture(fixture!, root);
		const text =
			'## Біз туралы\n\n[Kaspi](https://kaspi.kz/) ![Нан](./photos/photo.jpg) ![Нан][px] info@damdi-nan.kz www.damdi-nan.kz\n\n[px]: ./photos/photo.jpg\n';
		expect(await htmlRules(root, `content/businesses/${fixture!.folder}/index.mdx`, text)).toEqual([]);
	});
});

describe('an element of the rendered text', () => {
	const context = { components: {}, photo: () => undefined };
	it.each([
		[{ tagName: 'a', properties: { href: 'https://kaspi.kz/' } }, []],
		[{ tagName: 'a', properties: { href: 'javascript:alert(1)' } }, ['body-url-scheme']],
		[{ tagName: 'img', properties: { src: './photos/shop.jpg', srcSet: ['https://tracker.example/p.jpg 2x'] } }, ['body-html']],
		[{ tagName: 'video', properties: { poster: 'https://tracker.example/p.jpg' } }, ['body-html']],
		[{ tagName: 'source', properties: { src: 'https://tracker.example/p.webm' } }, ['body-html']],
		[{ tagName: 'p', properties: { onClick: 'alert(1)' } }, ['body-event-attribute']],
		[{ tagName: 'section', properties: { dataFootnotes: true } }, ['body-footnote']],
		[{ tagName: 'img', properties: { src: './photos/shop.jpg', alt: 'Нан\u202E' } }, ['text-invisible']],
	])('%j breaks %j', (element, rules) => expect(checkHtmlElement(element, context).map((finding) => finding.rule)).toEqual(rules));
});
