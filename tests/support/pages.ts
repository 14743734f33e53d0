/** The pages of the site's contract that the browser tests visit, with the sample producer as their example. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './paths';

/** The bottle workshop: a sample entry the contract promises, found by searching for бөтелке. */
export const bottleWorkshop = 'aqbala-plastik';

/** The category of the bottle workshop, offered as a facet on /producers/. */
export const bottleCategory = 'plastic-packaging';

/** A neighbouring town that buyers order from, offered as a delivery area, which the bottle workshop delivers to. */
const buyersTown = 'aral';

/** The sample exhibition, with every sample producer on a stand. */
const sampleExhibition = 'kazaly-2025';

/** The first product page built under a producer, or a path that will answer 404 if there is none yet. */
function firstProductPage(producer: string): string {
	const dir = join(distDir, 'producers', producer);
	const product = existsSync(dir)
		? readdirSync(dir, { withFileTypes: true }).find((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
		: undefined;
	return `/producers/${producer}/${product?.name ?? 'no-product-page-built'}/`;
}

/** Paths in the default language (Kazakh, at the root). */
export const pages = {
	home: '/',
	producers: '/producers/',
	profile: `/producers/${bottleWorkshop}/`,
	product: firstProductPage(bottleWorkshop),
	products: '/products/',
	/** The catalogue's second page: the sample catalogue is long enough for a pager. */
	productsPage2: '/products/2/',
	category: `/categories/${bottleCategory}/`,
	delivery: `/delivery/${buyersTown}/`,
	newest: '/new/',
	search: '/search/',
	about: '/about/',
	openData: '/data/',
	exhibition: `/exhibitions/${sampleExhibition}/`,
	standCards: `/exhibitions/${sampleExhibition}/cards/`,
	standCard: `/exhibitions/${sampleExhibition}/cards/${bottleWorkshop}/`,
	booklet: `/exhibitions/${sampleExhibition}/booklet/`,
	figures: `/exhibitions/${sampleExhibition}/figures/`,
	missing: '/no-such-page/',
} as const;

/** A search that must find the bottle workshop. */
export const bottleQuery = 'бөтелке';
