import { stringify } from 'csv-stringify/sync';
import type { UIKey } from '../i18n';
import type { OpenProducer } from './open-data';
import { type Localized, locales } from '../lib/locale';

type OpenProduct = OpenProducer['products'][number];
type Cell = string | number | boolean | undefined;

/** Each language's text of a localized field as its own column: name_kk, name_ru, name_en. */
const perLocale = (name: string, text: (producer: OpenProducer, product: OpenProduct) => Localized | undefined) =>
	locales.map(
		(locale) => [`${name}_${locale}`, (producer: OpenProducer, product: OpenProduct) => text(producer, product)?.[locale]] as const,
	);

const localeSuffix = new RegExp(`_(?:${locales.join('|')})$`);

/** A list as one cell: vocabulary ids joined by «;». */
const list = (values: readonly string[]) => values.join(';');

/** The columns of catalogue.csv, in order: the product first, then its producer's fields repeated on every row. */
export const csvColumns: readonly (readonly [string, (producer: OpenProducer, product: OpenProduct) => Cell])[] = [
	['product_url', (_, product) => product.url],
	...perLocale('product_name', (_, product) => product.name),
	...perLocale('product_description', (_, product) => product.description),
	['price', (_, product) => product.price],
	['unit', (_, product) => product.unit],
	['min_order', (_, product) => product.minOrder],
	['wholesale_price', (_, product) => product.wholesale?.price],
	['wholesale_from', (_, product) => product.wholesale?.from],
	['availability', (_, product) => product.availability],
	['lead_days', (_, product) => product.leadDays],
	...perLocale('season', (_, product) => product.season),
	['product_photo', (_, product) => product.photo],
	['producer_id', (producer) => producer.id],
	['producer_url', (producer) => producer.url],
	...perLocale('producer_name', (producer) => producer.name),
	['owner', (producer) => producer.owner],
	['category', (producer) => producer.category],
	['village', (producer) => producer.village],
	['since', (producer) => producer.since],
	['jobs', (producer) => producer.jobs],
	['delivery_areas', (producer) => list(producer.deliveryAreas)],
	['delivery_modes', (producer) => list(producer.deliveryModes)],
	['payments', (producer) => list(producer.payments)],
	['whatsapp', (producer) => producer.contacts.whatsapp],
	['phone', (producer) => producer.contacts.phone],
	['telegram', (producer) => producer.contacts.telegram],
	['instagram', (producer) => producer.contacts.instagram],
	...perLocale('address', (producer) => producer.address),
	['listed', (producer) => producer.listed],
	['last_checked', (producer) => producer.lastChecked],
	['sample', (producer) => producer.sample],
];

/** The field a `data.field.*` key explains; spread over the union, so each key gives its own name. */
type FieldName<Key> = Key extends `data.field.${infer Field}` ? Field : never;

/** The columns by field, a localized field's three columns together: what the /data/ page explains, one line each. */
export const csvFields = Object.entries(Object.groupBy(csvColumns, ([column]) => column.replace(localeSuffix, ''))).map(
	([name, columns]) => ({
		name: name as FieldName<UIKey>,
		columns: columns!.map(([column]) => column),
	}),
);

/**
 * The catalogue as CSV, one row per product with its producer's fields: RFC 4180 (CRLF, quotes doubled), and a
 * byte-order mark so that Excel reads the Kazakh letters as UTF-8.
 */
export function catalogueCsv(producers: readonly OpenProducer[]): string {
	const rows = producers.flatMap((producer) => producer.products.map((product) => csvColumns.map(([, value]) => value(producer, product))));
	return stringify(rows, {
		bom: true,
		header: true,
		columns: csvColumns.map(([name]) => name),
		record_delimiter: 'windows',
		cast: { boolean: (value) => String(value) },
	});
}
