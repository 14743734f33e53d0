import type { AllowList } from './components.ts';
import type { Finding } from './problem.ts';

/** The parts of an mdast/MDX node the rules read; the validator's parser and the build's plugins both give these. */
export interface BodyNode {
	type: string;
	name?: string | null;
	url?: string;
	value?: string;
	/** The normalised label of a definition or a reference: `[px]`, `![bread][PX]` both give px. */
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } } | undefined;
}

/** What the body rules need beyond the node: the allowed components, and the photo path rules for the entry folder. */
export interface BodyContext {
	components: AllowList;
	photo: (url: string) => Finding | undefined;
	/** Whether links may also be paths of the site itself (/submit/): the project's own pages link to its forms. */
	sitePaths?: boolean;
}

/** The node types the rules look at; every other node (text, emphasis, lists…) is plain Markdown and safe. */
export const checkedTypes = [
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'html',
	'link',
	'definition',
	'image',
	'imageReference',
	'footnoteDefinition',
] as const;

const unsafeTags = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form']);
const urlAttributes = new Set([
	'href',
	'src',
	'srcset',
	'imagesrcset',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'data',
	'cite',
	'background',
	'ping',
	'longdesc',
]);
const plain = 'plain Markdown text';
// A path on this site; not //host or /\host, which browsers read as another site.
const sitePath = /^\/(?![/\\])[^\\]*$/;

// A page of this site relative to the page, as the guide links the form (../submit/), so it works under any base.
const relativePath = /^(?:\.\.?\/)+(?![/\\])[^\\:?#]*$/;

/** The link rule where a link is written: the project's own Markdown pages may also link to the site's pages. */
export function checkLinkIn(url: string, context: BodyContext): Finding | undefined {
	return context.sitePaths && (sitePath.test(url) || relativePath.test(url)) ? undefined : checkLink(url);
}

/**
 * The safety rules for an entry's text, one node at a time: no ESM, no expressions, only allowed components with
 * their own attributes, no raw HTML, no script URLs, links to web addresses, images from the entry folder, no
 * footnotes. The validator and both walls of the build call this same function (through body-check.ts).
 */
export function checkNode(node: BodyNode, context: BodyContext): Finding[] {
	const line = node.position?.start.line;
	const at = (finding: Finding): Finding => (line === undefined ? finding : { ...finding, line });
	switch (node.type) {
		case 'mdxjsEsm':
			return [at({ rule: 'body-esm', found: cut(node.value?.split('\n')[0] ?? ''), expected: plain })];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [at({ rule: 'body-expression', found: cut(`{${node.value ?? ''}}`), expected: 'plain text; write \\{ to show a brace' })];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return checkElement(node, context).map(at);
		case 'html':
			return [at({ rule: 'body-html', found: cut(node.value ?? ''), expected: plain })];
		case 'link':
			return [checkLinkIn(node.url ?? '', context)].filter((finding) => finding !== undefined).map(at);
		case 'image': {
			const finding = checkImage(node.url ?? '', context);
			return finding ? [at(finding)] : [];
		}
		case 'footnoteDefinition':
			return [
				at({
					rule: 'body-footnote',
					found: `[^${node.identifier ?? ''}]`,
					expected: 'the note written in the sentence itself, e.g. in brackets',
				}),
			];
		default:
			// A definition is a link's target or an image's: which one only the whole text tells (body-check.ts).
			return [];
	}
}

/** A JSX element: its attributes first (the most dangerous part), then whether the element may be used at all. */
function checkElement(node: BodyNode, context: BodyContext): Finding[] {
	const tag = node.name ? `<${node.name}>` : '<>';
	const allowed = node.name ? context.components[node.name] : undefined;
	const findings: Finding[] = [];
	for (const attribute of node.attributes ?? []) {
		const name = attribute.name ?? '';
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			findings.push({ rule: 'body-expression', found: `${tag} {…}`, expected: 'no {…} in a tag' });
		} else if (/^on/i.test(name)) {
			findings.push({ rule: 'body-event-attribute', found: `${name}=…`, expected: 'no on… attributes' });
		} else if (attribute.value !== null && typeof attribute.value === 'object') {
			findings.push({ rule: 'body-expression', found: `${name}={…}`, expected: 'a quoted value, e.g. name="text"' });
		} else if (urlAttributes.has(name.toLowerCase()) && typeof attribute.value === 'string' && scriptScheme(attribute.value)) {
			findings.push(scriptScheme(attribute.value)!);
		} else if (allowed && !allowed.includes(name)) {
			findings.push({
				rule: 'body-attribute',
				found: `${tag} ${name}`,
				expected: allowed.length > 0 ? `one of: ${allowed.join(', ')}` : 'no attributes',
			});
		}
	}
	if (node.name && unsafeTags.has(node.name.toLowerCase())) {
		findings.push({ rule: 'body-unsafe-tag', found: tag, expected: plain });
	} else if (!allowed) {
		const names = Object.keys(context.components);
		findings.push({
			rule: 'body-component',
			found: tag,
			expected: names.length > 0 ? `Markdown, or one of: ${names.join(', ')}` : 'Markdown formatting, no tags',
		});
	}
	return findings;
}

/** An image's address, inline or through a definition: a photo file of the entry, by the photo path rules. */
export function checkImage(url: string, context: BodyContext): Finding | undefined {
	return scriptScheme(url) ?? context.photo(url);
}

/** A javascript:, data: or vbscript: address, however it is cased or spaced (browsers ignore both). */
export function scriptScheme(url: string): Finding | undefined {
	// eslint-disable-next-line no-control-regex
	const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
	const scheme = /^(javascript|data|vbscript):/.exec(squeezed)?.[1];
	return scheme ? { rule: 'body-url-scheme', found: cut(url), expected: 'an https:// address' } : undefined;
}

/**
 * A link must be a web address a browser can open: http or https, and parseable. An e-mail address written in the
 * text becomes a mailto: link by itself (GFM autolinks), so that one is allowed too.
 */
export function checkLink(url: string): Finding | undefined {
	const dangerous = scriptScheme(url);
	if (dangerous) return dangerous;
	if (!URL.canParse(url) || !/^(https?|mailto):$/.test(new URL(url).protocol))
		return { rule: 'body-link', found: cut(url), expected: 'e.g. https://example.kz/' };
	return undefined;
}

function cut(text: string): string {
	return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}
