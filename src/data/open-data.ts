import type { ImageMetadata } from 'astro';
import { type Business, getBusinesses, productsOf } from './catalogue';
import { photoUrl } from './photos';
import { isoDay } from '../lib/dates';
import { absoluteUrl, paths, sitePath } from '../lib/paths';

/** The terms the catalogue may be reused under, stated in the data itself and on the /data/ page. */
export const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The catalogue as one JSON document: every producer with its entry's fields, photos as addresses. */
export async function openCatalogue(origin: URL) {
	const businesses = await getBusinesses();
	const producers = await Promise.all(businesses.map((business) => openProducer(business, origin)));
	return {
		licence,
		source: absoluteUrl(sitePath('/'), origin),
		// The newest check of any entry, not the build time: the same entries give the same file.
		updated: producers.map((producer) => producer.lastChecked).reduce((a, b) => (a > b ? a : b), ''),
		producers,
	};
}

export type OpenProducer = Awaited<ReturnType<typeof openProducer>>;

/** One producer as open data: its entry as the schema reads it, with its id, its address and its photos' addresses. */
async function openProducer(business: Business, origin: URL) {
	const { data } = business;
	const address = (src: ImageMetadata, kind: Parameters<typeof photoUrl>[1]) => photoUrl(src, kind).then((url) => absoluteUrl(url, origin));
	return {
		id: business.id,
		url: absoluteUrl(sitePath(paths.producer(business.id)), origin),
		...data,
		listed: isoDay(data.listed),
		lastChecked: isoDay(data.lastChecked),
		photos: await Promise.all(
			data.photos.map(async (photo, index) => ({ ...photo, src: await address(photo.src, index === 0 ? 'cover' : 'gallery') })),
		),
		products: await Promise.all(
			productsOf(business).map(async ({ business: _, slug, photo, ...product }) => ({
				slug,
				url: absoluteUrl(sitePath(paths.product(business.id, slug)), origin),
				...product,
				photo: await address(photo, 'product'),
			})),
		),
	};
}
