import { type BodyContext, checkImage, checkLink } from './body-rules.ts';
import { invisibleFinding } from './invisible.ts';
import type { Finding } from './problem.ts';

/** The parts of a hast element the rules read. */
export interface HtmlElement {
	tagName: string;
	properties?: Record<string, unknown> | undefined;
	position?: { start: { line: number } } | undefined;
}

/**
 * Every hast property that holds an address a browser fetches or follows, by its hast name (srcSet for srcset,
 * xLinkHref for xlink:href). Markdown makes only two of them: a link's href and an image's src.
 */
const urlProperties = new Set([
	'href',
	'src',
	'srcSet',
	'imageSrcSet',
	'action',
	'formAction',
	'cite',
	'poster',
	'background',
	'data',
	'xLinkHref',
	'ping',
	'longDesc',
	'lowsrc',
	'dynsrc',
	'manifest',
	'codeBase',
	'archive',
	'classId',
	'useMap',
	'itemId',
	'profile',
	'icon',
]);

/**
 * The rules for one element of an entry's rendered text, the last check before it becomes a page: a link's href
 * follows the link rule, an image's src the photo rules, no other element may carry an address or an event
 * handler, and no attribute (an alt, a title) an invisible character. Markdown never makes anything else, so this
 * only fires if something new reaches the output.
 */
export function checkHtmlElement(element: HtmlElement, context: BodyContext): Finding[] {
	const line = element.position?.start.line;
	const findings: Finding[] = [];
	// GFM footnotes come out as a section and links between it and the text: one finding for the section.
	if (element.properties?.['dataFootnotes'] !== undefined)
		findings.push({ rule: 'body-footnote', found: '<section data-footnotes>', expected: 'the note written in the sentence itself' });
	if (element.properties?.['dataFootnoteRef'] !== undefined || element.properties?.['dataFootnoteBackref'] !== undefined) return findings;
	for (const [name, value] of Object.entries(element.properties ?? {})) {
		const text = Array.isArray(value) ? value.join(' ') : String(value);
		let finding: Finding | undefined;
		if (/^on/i.test(name)) finding = { rule: 'body-event-attribute', found: `${name}=…`, expected: 'no on… attributes' };
		else if (!urlProperties.has(name)) finding = invisibleFinding(text);
		else if (element.tagName === 'a' && name === 'href') finding = checkLink(text);
		else if (element.tagName === 'img' && name === 'src') finding = checkImage(text, context);
		else
			finding = {
				rule: 'body-html',
				found: JSON.stringify(`<${element.tagName} ${name}="${text.slice(0, 40)}">`),
				expected: 'plain Markdown text',
			};
		if (finding) findings.push(line ? { ...finding, line } : finding);
	}
	return findings;
}
