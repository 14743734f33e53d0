import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { businessSchema } from '../../src/schemas/business';

/** In the build, image() resolves a path in the entry folder; here a path is enough. */
const schema = businessSchema({ image: () => z.string().startsWith('./') } as never);

function validEntry() {
	return {
		name: { kk: 'Дәмді нан', ru: 'Вкусный хлеб' },
		owner: 'Гүлнар Сейітова',
		summary: 'Тандыр наны мен тоқаш пісіретін шағын наубайхана.',
		category: 'bakery',
		village: 'aiteke-bi',
		since: 2021,
		jobs: 3,
		photos: [{ src: './photos/oven.jpg', alt: 'Тандыр' }],
		products: [{ name: 'Тандыр нан', price: 200, unit: 'piece', availability: 'in-stock', photo: './photos/nan.jpg' }],
		deliveryAreas: ['district'],
		deliveryModes: ['pickup'],
		payments: ['cash'],
		contacts: { whatsapp: '8 (700) 000-00-01' },
		listed: '2026-11-01',
		lastChecked: '2026-11-01',
	};
}

/** The paths of the fields an entry is refused for, e.g. ['products.0.price']. */
function refusedFields(entry: unknown): string[] {
	const result = schema.safeParse(entry);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('a business entry', () => {
	it('accepts a complete entry and fills the defaults', () => {
		const data = schema.parse(validEntry());
		expect(data.products[0]!.minOrder).toBe(1);
		expect(data.sample).toBe(false);
		expect(data.financing).toEqual([]);
	});

	it('reads a plain string as the Kazakh text', () => expect(schema.parse(validEntry()).owner).toBe('Гүлнар Сейітова'));

	it('keeps a phone number as its ten national digits', () => expect(schema.parse(validEntry()).contacts.whatsapp).toBe('7000000001'));

	it('drops the @ from social handles', () => {
		const entry = { ...validEntry(), contacts: { instagram: '@damdi_nan' } };
		expect(schema.parse(entry).contacts.instagram).toBe('damdi_nan');
	});

	it.each([
		['an unknown category', { category: 'bakerry' }, 'category'],
		['an unknown village', { village: 'atlantis' }, 'village'],
		['a missing name', { name: undefined }, 'name'],
		['an empty name', { name: { kk: '  ' } }, 'name.kk'],
		['a start year in the future', { since: 2999 }, 'since'],
		['no photo', { photos: [] }, 'photos'],
		['no contact at all', { contacts: {} }, 'contacts'],
		['a foreign phone number', { contacts: { phone: '+1 212 555 0100' } }, 'contacts.phone'],
		['a link instead of an Instagram name', { contacts: { instagram: 'https://instagram.com/x' } }, 'contacts.instagram'],
		['an unknown delivery area', { deliveryAreas: ['moon'] }, 'deliveryAreas.0'],
		['an unknown field (a typo)', { categroy: 'bakery' }, ''],
		['a date that is not a date', { listed: 'yesterday' }, 'listed'],
	])('refuses %s', (_, change, field) => expect(refusedFields({ ...validEntry(), ...change })).toContain(field));

	it.each([
		['a negative price', { price: -5 }, 'products.0.price'],
		['a price with tiyn', { price: 199.5 }, 'products.0.price'],
		['a price given as text', { price: '200 тг' }, 'products.0.price'],
		['an unknown unit', { unit: 'bag' }, 'products.0.unit'],
		['an unknown availability', { availability: 'soon' }, 'products.0.availability'],
		['a zero minimum order', { minOrder: 0 }, 'products.0.minOrder'],
		['wholesale from one unit', { wholesale: { price: 150, from: 1 } }, 'products.0.wholesale.from'],
	])('refuses a product with %s', (_, change, field) => {
		const entry = validEntry();
		entry.products = [{ ...entry.products[0]!, ...change } as never];
		expect(refusedFields(entry)).toContain(field);
	});

	it('lists the allowed categories when one is unknown', () => {
		const result = schema.safeParse({ ...validEntry(), category: 'bakerry' });
		expect(result.error?.issues[0]?.message).toMatch(/Allowed: bakery, confectionery/);
	});
});
