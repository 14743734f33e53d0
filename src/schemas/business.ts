import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { parsePhone } from '../lib/phone.ts';
import { maxPhotos } from '../lib/photo-format.ts';
import { localized } from './localized.ts';
import { productSchema } from './product.ts';
import { term } from './vocabulary.ts';

const currentYear = new Date().getUTCFullYear();

/** A phone number in any usual Kazakh writing, kept as its ten national digits. */
const phone = z.string().transform((value, context) => {
	const national = parsePhone(value);
	if (!national) {
		context.addIssue({ code: 'custom', message: `Not a Kazakh phone number: ${JSON.stringify(value)}. Expected e.g. +7 700 123 45 67.` });
		return z.NEVER;
	}
	return national;
});

/** A user name on a social network: letters, digits, dots and underscores, without the @. */
const handle = z
	.string()
	.regex(/^@?[A-Za-z0-9_.]{3,32}$/, 'Expected a user name such as aqbala_plastic (no link, no spaces).')
	.transform((value) => value.replace(/^@/, ''));

/** How one part of the business was paid for, shown only where the owner agrees. */
const financingSchema = z.strictObject({
	programme: term('programmes').describe('The programme or source (content/vocabularies/programmes.json).'),
	year: z.number().int().min(1991).max(currentYear).describe('The year the money was received.'),
	// Summed by programme on the About page: one made-up figure must not outweigh the district's real ones.
	amount: z.number().int().positive().max(1_000_000_000).optional().describe('Amount in whole tenge.'),
	rate: z.number().min(0).max(100).optional().describe('Yearly interest rate in percent, e.g. 2.5.'),
	purpose: localized(160).optional().describe('What the money bought, e.g. «жабдық сатып алынды».'),
});

/** A photo of the business, in the entry folder. */
function photoSchema(image: SchemaContext['image']) {
	return z.strictObject({
		src: image().describe('Path to the photo in the entry folder, e.g. ./photos/workshop.jpg.'),
		alt: localized(160).describe('What the photo shows, for people who cannot see it.'),
	});
}

/** One exhibited business: the front matter of content/businesses/<slug>/index.mdx. */
export function businessSchema({ image }: SchemaContext) {
	return z.strictObject({
		name: localized(80).describe('The business name as on its sign, in Kazakh; ru/en optional.'),
		owner: z.string().trim().min(2).max(80).describe('The owner’s name as they write it, in Kazakh.'),
		summary: localized(200).describe('One sentence for cards and search results.'),
		category: term('categories').describe('Main category (content/vocabularies/categories.json).'),
		village: term('places').describe('Where the business works (content/vocabularies/places.json).'),
		since: z.number().int().min(1950).max(currentYear).describe('The year the business started.'),
		// Summed on the home page: a small producer employs a handful, and 10 000 would be most of the district.
		jobs: z.number().int().min(0).max(1000).optional().describe('People permanently employed.'),
		financing: z.array(financingSchema).max(10).default([]).describe('How the business was financed, where the owner agrees to show it.'),
		photos: z.array(photoSchema(image)).min(1).max(maxPhotos).describe('Photos; the first is the cover.'),
		products: z.array(productSchema(image)).min(1).max(60).describe('What the business sells.'),
		deliveryAreas: z.array(term('deliveryAreas')).min(1).describe('Where it delivers (content/vocabularies/delivery-areas.json).'),
		deliveryModes: z.array(term('deliveryModes')).min(1).describe('How orders reach the buyer (content/vocabularies/delivery-modes.json).'),
		payments: z.array(term('paymentMethods')).min(1).describe('How buyers can pay (content/vocabularies/payment-methods.json).'),
		contacts: z
			.strictObject({
				whatsapp: phone.optional().describe('WhatsApp number, e.g. +7 700 123 45 67.'),
				phone: phone.optional().describe('Phone for calls, mobile or landline.'),
				telegram: handle.optional().describe('Telegram user name, without @.'),
				instagram: handle.optional().describe('Instagram user name, without @.'),
			})
			.refine((contacts) => Object.values(contacts).some(Boolean), 'Give at least one contact: whatsapp, phone, telegram or instagram.')
			.describe('How buyers reach the business.'),
		address: localized(160).optional().describe('Street and house, or a landmark, for pickup.'),
		listed: z.coerce.date().describe('The day the entry was added (YYYY-MM-DD).'),
		lastChecked: z.coerce.date().describe('The day the details were last confirmed with the owner (YYYY-MM-DD).'),
		sample: z.boolean().default(false).describe('True for illustrative sample entries whose details are invented.'),
	});
}

/** An entry's front matter as the content collection gives it to pages. */
export type BusinessData = z.infer<ReturnType<typeof businessSchema>>;
