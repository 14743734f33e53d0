/** The open data in dist/data/: the JSON against its own schema, and both JSON and CSV against the entries they come from. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../src/lib/locale';
import { businessSchema } from '../../src/schemas/business';
import { readBuiltSite } from '../support/built-site';
import { contentDir, distDir, siteOrigin } from '../support/paths';

const site = readBuiltSite();
const read = (file: string) => readFileSync(join(distDir, 'data', file), 'utf8');
const catalogue = JSON.parse(read('catalogue.json'));
const schema = JSON.parse(read('catalogue.schema.json'));
const csvText = readFileSync(join(distDir, 'data', 'catalogue.csv'));

/** Every entry in content/, parsed by the content schema as the build parses it (photos stay paths here). */
const entrySchema = businessSchema({ image: () => z.string() } as never);
const entries = Object.fromEntries(
	readdirSync(join(contentDir, 'businesses')).map((slug) => {
		const text = readFileSync(join(contentDir, 'businesses', slug, 'index.mdx'), 'utf8');
		return [slug, entrySchema.parse(parseYaml(text.split(/^---$/m)[1]!))];
	}),
);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('catalogue.json', () => {
	it('is valid against catalogue.schema.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats.default(ajv);
		const validate = ajv.compile(schema);
		expect(validate(catalogue) ? [] : validate.errors).toEqual([]);
	});

	it('the schema is strict: a field the entries do not have is refused', () => {
		const ajv = new Ajv2020({ strict: false });
		addFormats.default(ajv);
		const tampered = structuredClone(catalogue);
		tampered.producers[0].products[0].colour = 'red';
		expect(ajv.validate(schema, tampered)).toBe(false);
	});

	it('holds every entry, and samples are marked', () => {
		expect(catalogue.producers.map((producer: { id: string }) => producer.id).sort()).toEqual(Object.keys(entries).sort());
		for (const producer of catalogue.producers) expect(producer.sample).toBe(entries[producer.id]!.sample);
		expect(catalogue.producers.some((producer: { sample: boolean }) => producer.sample)).toBe(true);
	});

	it('round-trips: each producer is its entry, with dates as days and photos as addresses', () => {
		for (const { id, url, photos, products, listed, lastChecked, ...fields } of catalogue.producers) {
			const entry = entries[id]!;
			expect(fields).toEqual(
				Object.fromEntries(Object.entries(entry).filter(([key]) => !['photos', 'products', 'listed', 'lastChecked'].includes(key))),
			);
			expect([listed, lastChecked]).toEqual([day(entry.listed), day(entry.lastChecked)]);
			expect(photos.map((photo: { alt: unknown }) => photo.alt)).toEqual(entry.photos.map((photo) => photo.alt));
			expect(products.map(({ slug, url, photo, ...product }: Record<string, unknown>) => product)).toEqual(
				entry.products.map(({ photo, ...product }) => product),
			);
		}
	});

	it('every page and photo address in it is a file of the built site', () => {
		const addresses = catalogue.producers.flatMap((producer: any) => [
			producer.url,
			...producer.photos.map((photo: { src: string }) => photo.src),
			...producer.products.flatMap((product: { url: string; photo: string }) => [product.url, product.photo]),
		]);
		expect(addresses.filter((url: string) => !url.startsWith(`${siteOrigin}/`) || site.brokenReason(url, '/data/'))).toEqual([]);
	});
});

describe('catalogue.csv', () => {
	const rows: Record<string, string>[] = parseCsv(csvText, { bom: true, columns: true });

	it('starts with a UTF-8 byte-order mark and ends its records with CRLF (RFC 4180)', () => {
		expect([...csvText.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csvText.toString('utf8')).toMatch(/\r\n/);
		expect(csvText.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/(?<!"[^"]*)\n/);
	});

	it('has one row per product of every entry', () => {
		expect(rows.length).toBe(Object.values(entries).reduce((sum, entry) => sum + entry.products.length, 0));
	});

	it('round-trips: each row is its product and its producer, as in the entry', () => {
		for (const row of rows) {
			const entry = entries[row['producer_id']!]!;
			const product = entry.products.find((product) => product.name.kk === row['product_name_kk'])!;
			expect(product, `${row['producer_id']}: ${row['product_name_kk']}`).toBeDefined();
			expect(row).toMatchObject({
				producer_name_kk: entry.name.kk,
				producer_name_ru: (entry.name as Localized).ru ?? '',
				owner: entry.owner,
				price: String(product.price),
				unit: product.unit,
				min_order: String(product.minOrder),
				wholesale_price: String(product.wholesale?.price ?? ''),
				availability: product.availability,
				delivery_areas: entry.deliveryAreas.join(';'),
				whatsapp: entry.contacts.whatsapp ?? '',
				last_checked: day(entry.lastChecked),
				sample: String(entry.sample),
			});
		}
	});
});
