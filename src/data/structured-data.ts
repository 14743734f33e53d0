import type { BreadcrumbList, ItemAvailability, LocalBusiness, Offer, Product as ProductThing, WithContext } from 'schema-dts';
import type { Business, Product } from './catalogue';
import { site } from './site';
import { type Locale, defaultLocale, inLocale } from '../lib/locale';
import { localePath, paths, sitePath } from '../lib/paths';
import { internationalPhone } from '../lib/phone';
import { instagramUrl, telegramUrl } from '../lib/social';
import { label, unitCode } from '../schemas/vocabulary';

/** schema.org's words for the three availabilities of an entry. */
const availability: Record<Product['availability'], ItemAvailability> = {
	'in-stock': 'https://schema.org/InStock',
	'made-to-order': 'https://schema.org/MadeToOrder',
	seasonal: 'https://schema.org/LimitedAvailability',
};

const absolute = (path: string, origin: URL) => new URL(path, origin).href;

/** One node per business whatever the page's language, so every product's seller points to the same one. */
const businessId = (business: Business, origin: URL) => `${absolute(sitePath(paths.producer(business.id)), origin)}#business`;

/** A producer profile as a LocalBusiness: what Google's local-business results read (name, address, telephone). */
export function localBusiness(business: Business, locale: Locale, origin: URL, image: string): WithContext<LocalBusiness> {
	const { data } = business;
	const phone = data.contacts.phone ?? data.contacts.whatsapp;
	const sameAs = [
		data.contacts.instagram && instagramUrl(data.contacts.instagram),
		data.contacts.telegram && telegramUrl(data.contacts.telegram),
	].filter((url): url is string => Boolean(url));
	return {
		'@context': 'https://schema.org',
		'@type': 'LocalBusiness',
		'@id': businessId(business, origin),
		name: inLocale(data.name, locale),
		description: inLocale(data.summary, locale),
		url: absolute(localePath(locale, paths.producer(business.id)), origin),
		image: absolute(image, origin),
		...(phone && { telephone: internationalPhone(phone) }),
		...(sameAs.length > 0 && { sameAs }),
		address: {
			'@type': 'PostalAddress',
			...(data.address && { streetAddress: inLocale(data.address, locale) }),
			addressLocality: label('places', data.village, locale),
			addressRegion: inLocale(site.region, locale),
			addressCountry: site.country,
		},
		// Without a shop front to visit, what matters to a buyer is where the goods are brought.
		...(!data.address && {
			areaServed: data.deliveryAreas.map((id) => ({ '@type': 'Place' as const, name: label('deliveryAreas', id, locale) })),
		}),
	};
}

/** A product page as a Product with its Offer: what Google's merchant listings read (name, image, price, currency, availability). */
export function productThing(product: Product, locale: Locale, origin: URL, image: string): WithContext<ProductThing> {
	const { business } = product;
	const url = absolute(localePath(locale, paths.product(business.id, product.slug)), origin);
	const maker = inLocale(business.data.name, locale);
	const code = unitCode(product.unit);
	const offer = (price: number, minValue: number): Offer => ({
		'@type': 'Offer',
		url,
		price,
		priceCurrency: 'KZT',
		availability: availability[product.availability],
		itemCondition: 'https://schema.org/NewCondition',
		eligibleQuantity: {
			'@type': 'QuantitativeValue',
			minValue,
			...(code && { unitCode: code }),
			unitText: label('units', product.unit, locale),
		},
		seller: { '@type': 'LocalBusiness', '@id': businessId(business, origin), name: maker },
	});
	const { wholesale } = product;
	return {
		'@context': 'https://schema.org',
		'@type': 'Product',
		'@id': `${absolute(localePath(defaultLocale, paths.product(business.id, product.slug)), origin)}#product`,
		name: inLocale(product.name, locale),
		description: inLocale(product.description ?? business.data.summary, locale),
		image: absolute(image, origin),
		url,
		category: label('categories', business.data.category, locale),
		brand: { '@type': 'Brand', name: maker },
		// A wholesale price is a second offer that starts at its own quantity.
		offers: wholesale
			? [offer(product.price, product.minOrder), offer(wholesale.price, wholesale.from)]
			: offer(product.price, product.minOrder),
	};
}

/** The way back up as a BreadcrumbList, the same links the page shows. */
export function breadcrumbList(trail: readonly { href: string; label: string }[], origin: URL): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: trail.map(({ href, label }, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: label,
			item: absolute(href, origin),
		})),
	};
}
