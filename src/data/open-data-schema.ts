import { z } from 'astro/zod';
import { businessSchema } from '../schemas/business';
import { productSchema } from '../schemas/product';

/** In the open data a photo is the address of the published file, not a path in the entry folder. */
const photoAddress = () => z.url().describe('Address of the published photo (WebP).');
const context = { image: photoAddress } as unknown as Parameters<typeof businessSchema>[0];

const address = z.url().describe('Address of the page on the site.');

/** A producer in catalogue.json: the entry's own schema, plus where its pages are. */
const openProducerSchema = businessSchema(context).extend({
	id: z.string().describe('The entry folder name, also the last part of its address.'),
	url: address,
	products: z.array(
		productSchema(context.image).extend({ slug: z.string().describe('The last part of the product page’s address.'), url: address }),
	),
});

/** The whole of catalogue.json. */
const openCatalogueSchema = z.strictObject({
	$schema: z.url().optional().describe('The address of this schema.'),
	licence: z.strictObject({ name: z.string(), url: z.url() }).describe('The terms the data may be reused under.'),
	source: z.url().describe('The site the data comes from.'),
	updated: z.iso.date().describe('The day the newest entry was last checked.'),
	producers: z.array(openProducerSchema),
});

/**
 * The JSON Schema of catalogue.json, generated from the content schema so the two cannot drift. Zod reads the
 * data as the build outputs it; the values it cannot state in JSON Schema are written as the file writes them.
 */
export function catalogueJsonSchema(id: string) {
	return {
		$id: id,
		...z.toJSONSchema(openCatalogueSchema, {
			io: 'output',
			unrepresentable: ({ zodSchema }) => {
				const type = zodSchema._zod.def.type;
				// Dates are written as YYYY-MM-DD; phone numbers and user names as the text the schema turned them into.
				if (type === 'date') return { type: 'string', format: 'date' };
				if (type === 'transform') return { type: 'string' };
				return 'throw';
			},
		}),
	};
}
