import { type Locale, defaultLocale, isLocale, locales } from './locale.ts';

/** The `lang` route parameter of each locale: none for the default language, which lives at the root. */
export const langParams = locales.map((locale) => ({ lang: locale === defaultLocale ? undefined : locale, locale }));

/**
 * The folder the site is published under, with both slashes: '/' at a domain's root, '/REPO/' on GitHub Pages.
 * Vite writes Astro's `base` config in place of `import.meta.env.BASE_URL`, which must be spelled out in full for
 * that; plain Node (the contributor scripts) has no `import.meta.env`, and no base.
 */
const base = publishedBase().replace(/\/?$/, '/');

function publishedBase(): string {
	try {
		return import.meta.env.BASE_URL;
	} catch {
		return '/';
	}
}

/** A root-relative path of the site as published, under its base: '/favicon.svg' -> '/REPO/favicon.svg'. */
export function sitePath(path: string): string {
	return base + path.replace(/^\//, '');
}

/** The path inside the site, without its base: '/REPO/ru/' -> '/ru/'. */
function withoutBase(path: string): string {
	return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/**
 * The absolute address of a path of the site on the published site, whose address carries the base; for the
 * configuration, which runs before Vite gives this module the base: ('/ru/', 'https://u.github.io/REPO/') ->
 * 'https://u.github.io/REPO/ru/'.
 */
export function publishedUrl(path: string, site: URL): string {
	return new URL(withoutBase(path).slice(1), site.href.replace(/\/?$/, '/')).href;
}

/** A page's published path in a locale: ('ru', '/producers/') -> '/ru/producers/' (under the base, if any). */
export function localePath(locale: Locale, path: string): string {
	return sitePath(locale === defaultLocale ? path : `/${locale}${path}`);
}

/** Removes the base and any locale folder from a path, giving the path in the default language. */
export function stripLocale(path: string): string {
	const inside = withoutBase(path);
	const [, first, ...rest] = inside.split('/');
	return isLocale(first) && first !== defaultLocale ? `/${rest.join('/')}` : inside;
}

/** Paths of the catalogue's pages, in the default language; pass them through localePath. */
export const paths = {
	home: () => '/',
	producers: () => '/producers/',
	producer: (slug: string) => `/producers/${slug}/`,
	product: (producer: string, product: string) => `/producers/${producer}/${product}/`,
	products: () => '/products/',
	category: (id: string) => `/categories/${id}/`,
	village: (id: string) => `/villages/${id}/`,
	delivery: (id: string) => `/delivery/${id}/`,
	newest: () => '/new/',
	search: () => '/search/',
	about: () => '/about/',
	guide: () => '/guide/',
	submit: () => '/submit/',
	openData: () => '/data/',
	feedAtom: () => '/feed.xml',
	feedJson: () => '/feed.json',
	/** Files for machines, the same in every language: do not pass them through localePath. */
	sitemap: () => '/sitemap-index.xml',
	catalogueJson: () => '/data/catalogue.json',
	catalogueCsv: () => '/data/catalogue.csv',
	catalogueSchema: () => '/data/catalogue.schema.json',
	icons: () => '/icons.svg',
	exhibition: (id: string) => `/exhibitions/${id}/`,
	standCards: (exhibition: string) => `/exhibitions/${exhibition}/cards/`,
	standCard: (exhibition: string, producer: string) => `/exhibitions/${exhibition}/cards/${producer}/`,
	booklet: (exhibition: string) => `/exhibitions/${exhibition}/booklet/`,
	figures: (exhibition: string) => `/exhibitions/${exhibition}/figures/`,
	vcard: (producer: string) => `/producers/${producer}.vcf`,
	/** A page's link-preview image: the site's, a producer's or a product's, one for every language. */
	preview: (producer?: string, product?: string) => (producer ? `/og/${producer}${product ? `/${product}` : ''}.png` : '/og.png'),
};

/** The path of page `n` of a paginated list: page 1 keeps the list's own address, ('/products/', 3) -> '/products/3/'. */
export function pagePath(path: string, n: number): string {
	return n > 1 ? `${path}${n}/` : path;
}

/**
 * The absolute address of a published path, for what leaves the site (a QR code, a vCard): the path as localePath
 * and sitePath give it, base included, on the site's origin; never a query or a fragment.
 */
export function absoluteUrl(path: string, site: string | URL): string {
	const url = new URL(path, site);
	url.search = '';
	url.hash = '';
	return url.href;
}

/** The language of a page from its path: '/ru/producers/' -> 'ru', '/producers/' -> the default. */
export function localeOf(path: string): Locale {
	const first = withoutBase(path).split('/')[1];
	return isLocale(first) ? first : defaultLocale;
}
