/** Facts every built page must state, each as a list of what is wrong (empty when the page is right). */
import type { HTMLElement } from './html';

/** The language of a page, by its folder: Kazakh at the root, Russian under /ru/, English under /en/. */
function expectedLang(page: string): 'kk' | 'ru' | 'en' {
	if (page.startsWith('/ru/')) return 'ru';
	if (page.startsWith('/en/')) return 'en';
	return 'kk';
}

/** The `<img>` elements that lack width, height or alt (alt may be empty for decoration, but must be there). */
export function imagesWithoutSizeOrAlt(document: HTMLElement): string[] {
	return document.querySelectorAll('img').flatMap((img) => {
		const missing = [
			/^\d+(\.\d+)?$/.test(img.getAttribute('width') ?? '') ? '' : 'width',
			/^\d+(\.\d+)?$/.test(img.getAttribute('height') ?? '') ? '' : 'height',
			img.hasAttribute('alt') ? '' : 'alt',
		].filter(Boolean);
		return missing.length > 0 ? [`${img.toString().slice(0, 160)} lacks ${missing.join(', ')}`] : [];
	});
}

/** What a page lacks of: lang for its folder, a title, exactly one h1, a viewport and a description. */
export function missingPageBasics(document: HTMLElement, page: string): string[] {
	const lang = document.querySelector('html')?.getAttribute('lang');
	const h1s = document.querySelectorAll('h1').length;
	const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim();
	return [
		lang === expectedLang(page) ? '' : `<html lang="${lang ?? ''}">, expected "${expectedLang(page)}"`,
		document.querySelector('head title')?.text.trim() ? '' : 'no <title>',
		h1s === 1 ? '' : `${h1s} <h1> elements, expected exactly one`,
		content('meta[name="viewport"]') ? '' : 'no <meta name="viewport">',
		content('meta[name="description"]') ? '' : 'no <meta name="description">',
	].filter(Boolean);
}

/** Scripts a page ships: anything but JSON-LD data, plus module preloads, which are JavaScript too. */
export function shippedScripts(document: HTMLElement): string[] {
	const scripts = document.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
	const preloads = document.querySelectorAll('link[rel="modulepreload"]');
	return [...scripts, ...preloads].map((element) => element.toString().slice(0, 160));
}
