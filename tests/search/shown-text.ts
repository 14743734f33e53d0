/** Whether a search result shows the page's own words, never the folded search keys the index holds. */
import { readFileSync } from 'node:fs';
import { filePathOf } from '../support/files';
import { NodeType, parseHtml, type HTMLElement } from '../support/html';
import { indexedPages } from '../support/indexed';
import type { Shown } from './recall';

/** A built page as a result may quote it: its <h1>, the words a visitor sees, and the search keys the index holds for it. */
interface Target {
	h1: string;
	visible: Set<string>;
	keys: Set<string>;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const words = (text: string) =>
	text
		.normalize('NFKC')
		.toLowerCase()
		.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** The text of every text node, spaced apart: `.text` would glue «жабдығы» in one element to «50» in the next. */
function spacedText(node: HTMLElement['childNodes'][number]): string {
	return node.nodeType === NodeType.TEXT_NODE ? node.text : node.childNodes.map(spacedText).join(' ');
}

/** Reads the page a result links to from the built site. */
export function readTarget(dist: string, href: string): Target {
	const path = new URL(href, 'http://site').pathname;
	const document = parseHtml(readFileSync(filePathOf(dist, path), 'utf8'));
	// The keys are in Pagefind's record of the page: the built page no longer carries them.
	const keys = new Set((indexedPages(dist).get(path)?.content ?? '').split(/[\s.]+/).filter(Boolean));
	// What is left once scripts and styles are gone is what a visitor can read.
	for (const hidden of document.querySelectorAll('script, style, template')) hidden.remove();
	return {
		h1: collapse(document.querySelector('h1')?.text ?? ''),
		visible: new Set(words(spacedText(document.querySelector('body') ?? document))),
		keys,
	};
}

/** What is wrong with the text a result shows: a title that is not the page's <h1>, or words that only the index holds. */
export function shownTextProblems(result: Shown, target: Target): string[] {
	const problems: string[] = [];
	if (collapse(result.title) !== target.h1) problems.push(`${result.href}: title «${result.title}», but the page's <h1> is «${target.h1}»`);
	for (const line of [result.title, ...result.lines]) {
		const folded = words(line).filter((word) => target.keys.has(word) && !target.visible.has(word));
		if (folded.length > 0) problems.push(`${result.href}: «${line}» shows search keys the page never shows: ${folded.join(', ')}`);
	}
	return problems;
}
