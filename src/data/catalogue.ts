import { type CollectionEntry, getCollection } from 'astro:content';
import { uniqueSlugs } from '../lib/slug';

export type Business = CollectionEntry<'businesses'>;
export type ProductData = Business['data']['products'][number];

/** A product with the slug of its page and the business that makes it. */
export interface Product extends ProductData {
	slug: string;
	business: Business;
}

let cache: Promise<Business[]> | undefined;

/** Every business, by name in Kazakh collation; loaded once per build. */
export function getBusinesses(): Promise<Business[]> {
	cache ??= getCollection('businesses', ({ data }) => includeSamples || !data.sample).then((entries) => {
		const collator = new Intl.Collator('kk');
		return entries.sort((a, b) => collator.compare(a.data.name.kk, b.data.name.kk));
	});
	return cache;
}

/**
 * The producers the home page features, in the maintainers' order (content/featured.json; the validator checks
 * it names entries). An entry cannot feature itself. Those not built, such as samples left out, are skipped.
 */
export async function getFeatured(): Promise<Business[]> {
	const businesses = await getBusinesses();
	return featuredSlugs.flatMap((slug) => businesses.filter((business) => business.id === slug));
}

// A glob, not an import: a catalogue without the file simply features no one.
const featuredSlugs = Object.values(import.meta.glob<string[]>('../../content/featured.json', { eager: true, import: 'default' })).flat();

/** Sample entries are built unless a deployment sets SHOWCASE_SAMPLES=false. */
const includeSamples = process.env['SHOWCASE_SAMPLES'] !== 'false';

// Worked out once per business and build: every list page and product page asks again, and the slugs
// transliterate each name.
const productsByBusiness = new WeakMap<Business, Product[]>();

/** The products of one business, each with its page slug. */
export function productsOf(business: Business): Product[] {
	let products = productsByBusiness.get(business);
	if (!products) {
		const slugs = uniqueSlugs(business.data.products.map((product) => product.name.kk));
		products = business.data.products.map((product, index) => ({ ...product, slug: slugs[index]!, business }));
		productsByBusiness.set(business, products);
	}
	return products;
}

let allProducts: Promise<Product[]> | undefined;

/** Every product of every business; listed once per build. */
export function getProducts(): Promise<Product[]> {
	allProducts ??= getBusinesses().then((businesses) => businesses.flatMap(productsOf));
	return allProducts;
}

/** The catalogue's headline figures, as the home and About pages show them: producers, products, jobs created. */
export function catalogueTotals(businesses: readonly Business[]): { producers: number; products: number; jobs: number } {
	return {
		producers: businesses.length,
		products: businesses.reduce((sum, { data }) => sum + data.products.length, 0),
		jobs: businesses.reduce((sum, { data }) => sum + (data.jobs ?? 0), 0),
	};
}

/** The newest businesses first, by the day they were listed. */
export function newest(businesses: readonly Business[], count: number): Business[] {
	return [...businesses].sort((a, b) => b.data.listed.getTime() - a.data.listed.getTime()).slice(0, count);
}
