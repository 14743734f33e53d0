import { type Locale, defaultLocale, isLocale, locales } from './locale.ts';

/** The `lang` route parameter of each locale: none for the default language, which lives at the root. */
export const langParams = locales.map((locale) => ({ lang: locale === defaultLocale ? undefined : locale, locale }));

/** Prefixes a root-relative path with the locale's folder: ('ru', '/producers/') -> '/ru/producers/'. */
export function localePath(locale: Locale, path: string): string {
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Removes any locale folder from a path, giving the path in the default language. */
export function stripLocale(path: string): string {
	const [, first, ...rest] = path.split('/');
	return isLocale(first) && first !== defaultLocale ? `/${rest.join('/')}` : path;
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
	search: () => '/search/',
	about: () => '/about/',
	guide: () => '/guide/',
	submit: () => '/submit/',
	exhibition: (id: string) => `/exhibitions/${id}/`,
	standCards: (exhibition: string) => `/exhibitions/${exhibition}/cards/`,
	standCard: (exhibition: string, producer: string) => `/exhibitions/${exhibition}/cards/${producer}/`,
	vcard: (producer: string) => `/producers/${producer}.vcf`,
};

/**
 * The absolute address of a site path, for what leaves the site (a QR code, a vCard): the site's URL with any path
 * it has (https://owner.github.io/showcase), then the base path the site is built under, then the page's path.
 */
export function absoluteUrl(path: string, site: string | URL, base = '/'): string {
	const url = new URL(site);
	const join = (...parts: string[]) => parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
	url.pathname = `/${join(url.pathname, base, path)}${path.endsWith('/') ? '/' : ''}`;
	url.search = '';
	url.hash = '';
	return url.href;
}

/** The language of a page from its path: '/ru/producers/' -> 'ru', '/producers/' -> the default. */
export function localeOf(path: string): Locale {
	const first = path.split('/')[1];
	return isLocale(first) ? first : defaultLocale;
}
