/** Reading built HTML: the URLs a page refers to, as the browser would fetch or follow them. */
import { NodeType, parse, type HTMLElement } from 'node-html-parser';

export { NodeType, type HTMLElement };

/** Parses a whole HTML document; script and style bodies are kept as text, not parsed. */
export function parseHtml(html: string): HTMLElement {
	return parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
}

/** One URL a page refers to, and where: `<img srcset>`, `<a href>`... */
export interface Reference {
	url: string;
	where: string;
}

/** Attributes that hold one URL, by the elements that carry them. */
const urlAttributes: [selector: string, attribute: string][] = [
	['a[href], area[href], link[href]', 'href'],
	['img[src], script[src], source[src], iframe[src], video[src], audio[src], track[src], embed[src]', 'src'],
	['video[poster]', 'poster'],
	['form[action]', 'action'],
	['object[data]', 'data'],
];

/** Open Graph and similar meta tags whose content is a URL. */
const urlMeta = 'meta[property="og:image"], meta[property="og:url"], meta[property="og:image:secure_url"], meta[name="twitter:image"]';

/** Every URL in a document's attributes, srcset candidates included. */
export function references(document: HTMLElement): Reference[] {
	const found: Reference[] = [];
	for (const [selector, attribute] of urlAttributes) {
		for (const element of document.querySelectorAll(selector)) {
			found.push({ url: element.getAttribute(attribute) ?? '', where: `<${element.rawTagName} ${attribute}>` });
		}
	}
	for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
		for (const url of srcsetUrls(element.getAttribute('srcset') ?? '')) found.push({ url, where: `<${element.rawTagName} srcset>` });
	}
	for (const element of document.querySelectorAll(urlMeta)) {
		found.push({
			url: element.getAttribute('content') ?? '',
			where: `<meta ${element.getAttribute('property') ?? element.getAttribute('name')}>`,
		});
	}
	return found;
}

/** The URLs of a srcset: "a.avif 400w, b.avif 800w" -> ["a.avif", "b.avif"]. */
function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(/,\s+/)
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** The fragment targets of a page: element ids and the names of old-style anchors. */
export function fragmentTargets(document: HTMLElement): Set<string> {
	const targets = new Set<string>();
	for (const element of document.querySelectorAll('[id]')) targets.add(element.getAttribute('id') ?? '');
	for (const element of document.querySelectorAll('a[name]')) targets.add(element.getAttribute('name') ?? '');
	return targets;
}
