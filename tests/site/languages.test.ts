/**
 * Three languages (issue 5): Kazakh at the root, Russian under /ru/, English under /en/. The built pages are
 * checked file by file for lang, canonical and hreflang, raw keys, fallbacks and formats; Chromium checks the
 * switcher, one search-to-WhatsApp journey per language, and the remembered choice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, type Locale } from '../../src/lib/locale';
import { problemsByPage, readBuiltSite } from '../support/built-site';
import { filePathOf } from '../support/files';
import { indexedPages } from '../support/indexed';
import { NodeType, parseHtml, type HTMLElement } from '../support/html';
import { bottleWorkshop } from '../support/pages';
import { contentDir, siteOrigin } from '../support/paths';
import { useSite } from '../support/site';

const built = readBuiltSite();
const browser = useSite();

/** Where each language lives, and what its pages say in <html lang>. */
const folders = [
	['kk', '/'],
	['ru', '/ru/'],
	['en', '/en/'],
] as const;

/** The 404 page is served for any missing address: it has no address of its own, in any language. */
const notFound = '/404.html';

/** The language of a page by its folder: /<code>/ for every language but the default, which is at the root. */
function languageOf(page: string): Locale {
	return locales.find((locale) => locale !== defaultLocale && page.startsWith(`/${locale}/`)) ?? defaultLocale;
}

/** The same page in another language: ('/ru/producers/x/', 'en') -> '/en/producers/x/'. */
function inLanguage(page: string, locale: Locale): string {
	const own = languageOf(page);
	const path = own === defaultLocale ? page : page.slice(own.length + 1);
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

const pages = built.pages.filter((page) => page !== notFound);
const dictionaries = Object.fromEntries(
	locales.map((locale) => [
		locale,
		JSON.parse(readFileSync(new URL(`../../src/i18n/${locale}.json`, import.meta.url), 'utf8')) as Record<string, unknown>,
	]),
);
const dictionary = (locale: Locale) => dictionaries[locale]!;
const kazakhLetters = /[әғқңөұүһі]/i;

/** A page parsed afresh, so that removing what is hidden does not touch the shared copy. */
function freshDocument(page: string): HTMLElement {
	return parseHtml(readFileSync(filePathOf(built.root, page), 'utf8'));
}

/** Attributes a visitor reads or hears: tooltips, accessible names, placeholders, alt text, head metadata. */
const spokenAttributes = ['title', 'aria-label', 'placeholder', 'alt', 'value', 'content'];

/** What a page shows: its visible text nodes, its title, and the attributes that are read or spoken; search results show the Pagefind metadata. */
function shownStrings(page: string): string[] {
	const document = freshDocument(page);
	const shownMeta = Object.values(indexedPages(built.root).get(page)?.meta ?? {});
	const attributes = document
		.querySelectorAll(spokenAttributes.map((name) => `[${name}]`).join(', '))
		.flatMap((element) => spokenAttributes.map((name) => element.getAttribute(name) ?? ''));
	return [...visibleText(document), ...attributes, ...shownMeta].filter((text) => text.trim());
}

/** The text nodes a visitor sees, without scripts, styles and anything hidden. */
function visibleText(document: HTMLElement): string[] {
	for (const element of document.querySelectorAll('script, style, template, [hidden]')) element.remove();
	return textNodes(document);
}

/** The text of every text node under an element, one string per node. */
function textNodes(element: HTMLElement): string[] {
	return element.childNodes.flatMap((node) =>
		node.nodeType === NodeType.TEXT_NODE ? [node.text] : node.nodeType === NodeType.ELEMENT_NODE ? textNodes(node as HTMLElement) : [],
	);
}

/** Matches any key of the Kazakh dictionary standing alone, e.g. «product.minOrder». */
const rawKey = new RegExp(
	`(?<![\\w.-])(?:${Object.keys(dictionary(defaultLocale))
		.map((key) => key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
		.join('|')})(?![\\w-])`,
);
/** An unfilled placeholder such as «{count}». */
const placeholder = /\{\w+\}/;

/** The businesses, one folder each in content/businesses. */
const businesses = readdirSync(join(contentDir, 'businesses')).filter((slug) =>
	existsSync(join(contentDir, 'businesses', slug, 'index.mdx')),
);

/** The first paragraph of a translated story file, as plain words. */
function firstParagraph(slug: string, locale: Locale): string {
	const source = readFileSync(join(contentDir, 'businesses', slug, `index.${locale}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	return source
		.trim()
		.split(/\n\s*\n/)[0]!
		.replace(/[*_]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The story section of a profile: the language it is marked with, its words, and the note under it, if any. */
function storyOf(page: string): { lang: string | undefined; text: string; note: string | undefined } {
	const section = built.document(page).querySelector('section[aria-labelledby="story"]');
	const body = section?.querySelector('div[lang]');
	return {
		lang: body?.getAttribute('lang'),
		text: body?.text.replace(/\s+/g, ' ').trim() ?? '',
		note: section?.querySelector('p.italic')?.text.trim(),
	};
}

describe('every page, in every language', () => {
	it.each(folders)('%s pages live under %s and say so in <html lang>', (locale, folder) => {
		const own = pages.filter((page) => languageOf(page) === locale);
		expect(own.length).toBeGreaterThan(0);
		expect(own.every((page) => page.startsWith(folder))).toBe(true);
		expect(
			problemsByPage(own, (page) => {
				const lang = built.document(page).querySelector('html')?.getAttribute('lang');
				return lang === locale ? [] : [`<html lang="${lang ?? ''}">`];
			}),
		).toEqual({});
	});

	it('every page exists in all three languages', () => {
		const missing = pages.flatMap((page) =>
			locales.map((locale) => inLanguage(page, locale)).filter((other) => !built.pages.includes(other)),
		);
		expect([...new Set(missing)]).toEqual([]);
	});

	it('every page names itself as canonical, absolute, on the site URL of content/site.json', () => {
		expect(
			problemsByPage(pages, (page) => {
				const canonical = built
					.document(page)
					.querySelectorAll('link[rel="canonical"]')
					.map((link) => link.getAttribute('href'));
				return canonical.length === 1 && canonical[0] === `${siteOrigin}${page}`
					? []
					: [`canonical ${JSON.stringify(canonical)}, expected ${siteOrigin}${page}`];
			}),
		).toEqual({});
	});

	it('every page lists hreflang kk, ru, en and x-default (= kk), each the same page in that language, each built', () => {
		const expected = (page: string) => [
			...locales.map((locale) => [locale, `${siteOrigin}${inLanguage(page, locale)}`]),
			['x-default', `${siteOrigin}${inLanguage(page, defaultLocale)}`],
		];
		expect(locales).toEqual(expect.arrayContaining(['kk', 'ru', 'en']));
		expect(
			problemsByPage(pages, (page) => {
				const alternates = built
					.document(page)
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
				const wrong = JSON.stringify(alternates) === JSON.stringify(expected(page)) ? [] : [`alternates ${JSON.stringify(alternates)}`];
				const unbuilt = alternates.map(([, href]) => href ?? '').filter((href) => !built.pages.includes(href.replace(siteOrigin, '')));
				return [...wrong, ...unbuilt.map((href) => `${href} is not built`)];
			}),
		).toEqual({});
	});

	it('the 404 page, served for every missing address, claims no address: no canonical, no alternates', () => {
		const document = built.document(notFound);
		expect(document.querySelector('html')?.getAttribute('lang')).toBe(defaultLocale);
		expect(document.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]').map(String)).toEqual([]);
	});
});

describe('no page shows a raw translation key', () => {
	it('no text, title or read-out attribute holds a dictionary key such as «product.minOrder»', () => {
		expect(problemsByPage(built.pages, (page) => shownStrings(page).filter((text) => rawKey.test(text)))).toEqual({});
	});

	it('no text, title or read-out attribute holds an unfilled placeholder such as «{count}»', () => {
		expect(problemsByPage(built.pages, (page) => shownStrings(page).filter((text) => placeholder.test(text)))).toEqual({});
	});
});

describe('where a translation is missing, the Kazakh text is shown with a note in the page language', () => {
	it.each([
		['/en/producers/damdi-naubaihanasy/', 'en'],
		['/en/producers/aq-dastarqan/', 'en'],
	] as const)('%s has no English story: it shows the Kazakh one, marked lang="kk", with the note', (page, locale) => {
		const story = storyOf(page);
		expect(story.lang).toBe('kk');
		expect(story.text).toMatch(kazakhLetters);
		expect(story.note).toBe(dictionary(locale)['translation.missing']);
	});

	it.each([
		['/ru/producers/aqbala-plastik/', 'aqbala-plastik', 'ru'],
		['/en/producers/aqbala-plastik/', 'aqbala-plastik', 'en'],
		['/ru/producers/damdi-naubaihanasy/', 'damdi-naubaihanasy', 'ru'],
	] as const)('%s shows its translated story, with no note', (page, slug, locale) => {
		const story = storyOf(page);
		expect(story.lang).toBe(locale);
		expect(story.text).toContain(firstParagraph(slug, locale));
		expect(story.note).toBeUndefined();
	});

	it('every profile in every language shows its own story where index.<locale>.mdx exists, and the Kazakh one with the note where it does not', () => {
		const profiles = locales
			.filter((locale) => locale !== defaultLocale)
			.flatMap((locale) => businesses.map((slug) => ({ locale, slug, page: `/${locale}/producers/${slug}/` })));
		expect(profiles.length).toBeGreaterThan(0);
		const wrong = profiles.flatMap(({ locale, slug, page }) => {
			const story = storyOf(page);
			const translated = existsSync(join(contentDir, 'businesses', slug, `index.${locale}.mdx`));
			const expected = translated ? { lang: locale, note: undefined } : { lang: 'kk', note: dictionary(locale)['translation.missing'] };
			return story.lang === expected.lang && story.note === expected.note
				? []
				: [`${page}: story lang=${story.lang}, note ${JSON.stringify(story.note)}`];
		});
		expect(wrong).toEqual([]);
	});

	it('at least three producers have a full Russian story', () => {
		expect(businesses.filter((slug) => storyOf(`/ru/producers/${slug}/`).lang === 'ru').length).toBeGreaterThanOrEqual(3);
	});

	it('every sample entry has Russian and English short fields: the only note on a ru or en page is under the story', () => {
		const translated = pages.filter((page) => languageOf(page) !== defaultLocale);
		expect(
			problemsByPage(translated, (page) => {
				const note = dictionary(languageOf(page))['translation.missing'];
				const document = built.document(page);
				const notes = document.querySelectorAll('main p').filter((p) => p.text.trim() === note);
				const storyNotes = document.querySelectorAll('section[aria-labelledby="story"] p').filter((p) => p.text.trim() === note);
				return notes.length > storyNotes.length ? [`${notes.length - storyNotes.length} short field(s) shown in Kazakh`] : [];
			}),
		).toEqual({});
	});
});

describe('prices, dates and phones are written the way each language writes them', () => {
	const nbsp = '\u00a0';
	const profile = (locale: Locale) => inLanguage(`/producers/${bottleWorkshop}/`, locale);
	const text = (page: string) => visibleText(freshDocument(page).querySelector('main')!).join(' ');

	it.each([
		['kk', `6${nbsp}900${nbsp}000${nbsp}₸`, `35${nbsp}₸ / дана`, '2026 ж. 20 қараша'],
		['ru', `6${nbsp}900${nbsp}000${nbsp}₸`, `35${nbsp}₸ / шт.`, '20 ноября 2026 г.'],
		['en', '₸6,900,000', '₸35 per piece', '20 November 2026'],
	] as const)('the bottle workshop in %s: loan «%s», price «%s», checked «%s»', (locale, loan, price, date) => {
		const shown = text(profile(locale));
		expect(shown).toContain(loan);
		expect(shown).toContain(price);
		expect(shown).toContain(date);
	});

	it.each([
		['kk', /^\d{1,3}(?:\u00a0\d{3})*\u00a0₸$/],
		['ru', /^\d{1,3}(?:\u00a0\d{3})*\u00a0₸$/],
		['en', /^₸\d{1,3}(?:,\d{3})*$/],
	] as const)('every price on every %s page matches %s (no-break spaces, no decimals)', (locale, format) => {
		const prices = (page: string) =>
			shownStrings(page).flatMap((shown) => shown.match(locale === 'en' ? /₸[\d\s.,]*\d/g : /\d[\d\s.,]*₸/g) ?? []);
		const own = pages.filter((page) => languageOf(page) === locale);
		expect(own.flatMap(prices).length).toBeGreaterThan(0);
		expect(
			problemsByPage(own, (page) =>
				prices(page)
					.filter((price) => !format.test(price))
					.map((price) => JSON.stringify(price)),
			),
		).toEqual({});
	});

	it.each([
		['kk', 'Сол күні дайын', '0 күнде дайын', /(?<![\d\u00a0])0 күнде/],
		['ru', 'Готово в тот же день', 'Готово за 0 дней', /за 0 дн/],
		['en', 'Ready the same day', 'Ready in 0 days', /in 0 days/],
	] as const)('in %s, a product made to order with no wait reads «%s», never «%s»', (locale, sameDay, _wrong, zeroDays) => {
		const own = pages.filter((page) => languageOf(page) === locale);
		expect(own.some((page) => shownStrings(page).some((text) => text.includes(sameDay)))).toBe(true);
		expect(problemsByPage(own, (page) => shownStrings(page).filter((text) => zeroDays.test(text)))).toEqual({});
	});

	it('English pages never count two or more in a singular unit («100 piece»)', () => {
		const singular = /(?<![\d.,])(?:[2-9]|[1-9][\d,]+) (?:piece|litre|box|pack|set|portion|order|minute)\b/;
		const english = pages.filter((page) => languageOf(page) === 'en');
		expect(problemsByPage(english, (page) => shownStrings(page).filter((text) => singular.test(text)))).toEqual({});
	});

	it('every phone shown is +7 7XX XXX XX XX (a landline: +7 7XXXX XXXXX) and dials the same number', () => {
		const phones = pages.flatMap((page) =>
			built
				.document(page)
				.querySelectorAll('a[href^="tel:"]')
				.map((link) => ({ page, href: link.getAttribute('href')!, shown: link.text.match(/\+7[\d ]*\d/)?.[0] ?? link.text.trim() })),
		);
		expect(phones.length).toBeGreaterThan(0);
		const wrong = phones.filter(
			({ href, shown }) =>
				!/^\+7 (?:7[0-9]\d \d{3} \d{2} \d{2}|7[12]\d{3} \d{5})$/.test(shown) || `tel:${shown.replace(/ /g, '')}` !== href,
		);
		expect(wrong).toEqual([]);
	});
});

/** The language switcher's link to a language, found by its name as a screen reader says it. */
function switcherLink(page: Page, locale: Locale) {
	const names = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as Record<Locale, string>;
	return page.locator('header nav').getByRole('link', { name: names[locale], exact: true });
}

describe('the language switcher keeps the visitor on the same producer', () => {
	it('a visitor on the bottle workshop in Kazakh clicks РУС, then ENG, and reads the same producer in each', async () => {
		const { page } = await browser.open(`/producers/${bottleWorkshop}/`);
		for (const [locale, short, path, name] of [
			['ru', 'РУС', `/ru/producers/${bottleWorkshop}/`, 'Акбала пластик'],
			['en', 'ENG', `/en/producers/${bottleWorkshop}/`, 'Aqbala Plastic'],
			['kk', 'ҚАЗ', `/producers/${bottleWorkshop}/`, 'Ақбала пластик'],
		] as const) {
			const link = switcherLink(page, locale);
			expect((await link.textContent())?.trim()).toContain(short);
			await link.click();
			await page.waitForURL(browser.url(path));
			expect(await page.locator('html').getAttribute('lang')).toBe(locale);
			expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(name);
		}
	});
});

describe('one journey in each language: search from the home page, open a product, write on WhatsApp', () => {
	it.each([
		['kk', '/', 'бөтелке', 'Сәлеметсіз бе'],
		['ru', '/ru/', 'бутылка', 'Здравствуйте'],
		['en', '/en/', 'bottle', 'Hello'],
	] as const)(
		'in %s, a buyer searches from %s for «%s» and gets a WhatsApp message starting «%s»',
		async (locale, home, query, greeting) => {
			const { page, problems } = await browser.open(home);
			const search = page.getByRole('main').getByRole('search');
			await search.getByRole('searchbox').fill(query);
			await search.getByRole('searchbox').press('Enter');
			await page.waitForURL((url) => url.pathname === `${home}search/` && url.searchParams.get('q') === query);

			const productPath = new RegExp(`^${home}producers/[^/]+/[^/]+/$`);
			const results = page.locator('ol[data-results] a.search-result');
			await expect
				.poll(
					async () =>
						(await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).some((href) =>
							productPath.test(href),
						),
					{
						message: `a search result links to a product under ${home}producers/`,
					},
				)
				.toBe(true);
			const status = (await page.locator('[data-status]').textContent()) ?? '';
			expect(status).not.toMatch(placeholder);

			const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
			const product = hrefs.find((href) => productPath.test(href))!;
			await page.locator(`ol[data-results] a[href="${product}"]`).click();
			await page.waitForURL(browser.url(product));
			expect(await page.locator('html').getAttribute('lang')).toBe(locale);

			const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
			const whatsapp = page.getByRole('main').locator('a[href^="https://wa.me/"]').first();
			await expect.poll(() => whatsapp.isVisible(), { message: 'the product page shows a WhatsApp button' }).toBe(true);
			const message = new URL((await whatsapp.getAttribute('href'))!).searchParams.get('text') ?? '';
			expect(message.startsWith(greeting)).toBe(true);
			expect(message).toContain(name);
			if (locale === 'en') expect(message).not.toMatch(/[\u0400-\u04ff]/);
			if (locale === 'ru') expect(message).not.toMatch(kazakhLetters);
			expect(problems.consoleErrors).toEqual([]);
		},
	);
});

describe('longer Russian and English words still fit a phone', () => {
	const phone = { width: 360, height: 780 };
	const paths = ['/', '/producers/', `/producers/${bottleWorkshop}/`, '/products/', '/search/', '/about/'];

	it.each(folders)('in %s, the main pages fit a 360 px screen without sideways scrolling', async (locale) => {
		const { page } = await browser.open('about:blank', { viewport: phone });
		const wide: string[] = [];
		for (const path of paths.map((path) => inLanguage(path, locale))) {
			await page.goto(browser.url(path));
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > phone.width) wide.push(`${path} is ${width} px wide`);
		}
		expect(wide).toEqual([]);
	});
});

describe('the chosen language is remembered, without a cookie', () => {
	it('a first visitor opening / stays on the Kazakh home page', async () => {
		const { page } = await browser.open('/');
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe('/');
	});

	it('a visitor who chose РУС on the site and later opens / directly lands on /ru/', async () => {
		const { page, problems } = await browser.open('/');
		await switcherLink(page, 'ru').click();
		await page.waitForURL(browser.url('/ru/'));

		await page.goto(browser.url('/'));
		await page.waitForURL(browser.url('/ru/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		expect(await page.context().cookies()).toEqual([]);
		expect(problems.consoleErrors).toEqual([]);
	});

	it('a visitor who went back to ҚАЗ on the site and later opens /ru/ directly lands on /', async () => {
		const { page } = await browser.open('/ru/');
		await switcherLink(page, 'kk').click();
		await page.waitForURL(browser.url('/'));

		await page.goto(browser.url('/ru/'));
		await page.waitForURL(browser.url('/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('kk');
	});

	it('with storage switched off, every home page opens where asked and the switcher still works', async () => {
		const { page, problems } = await browser.open('about:blank');
		// As in a browser that blocks site data: touching localStorage throws.
		await page.context().addInitScript(() =>
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('Storage is switched off', 'SecurityError');
				},
			}),
		);
		for (const [locale, folder] of folders) {
			await page.goto(browser.url(folder));
			await page.waitForLoadState('load');
			expect(
				await page.evaluate(() => {
					try {
						return typeof localStorage;
					} catch {
						return 'blocked';
					}
				}),
			).toBe('blocked');
			expect(new URL(page.url()).pathname).toBe(folder);
			expect(await page.locator('html').getAttribute('lang')).toBe(locale);
		}
		await switcherLink(page, 'ru').click();
		await page.waitForURL(browser.url('/ru/'));
		await page.goto(browser.url('/'));
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe('/');
		expect(problems.consoleErrors).toEqual([]);
	});
});
