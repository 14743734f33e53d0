import { z } from 'astro/zod';
import data from '../../content/site.json' with { type: 'json' };
import { parsePhone } from '../lib/phone.ts';
import { parseConfig } from '../schemas/config-file.ts';
import { localized } from '../schemas/localized.ts';

const phone = z.string().refine((value) => parsePhone(value) !== undefined, 'a Kazakh number, e.g. +7 700 123 45 67');

/** Who collects the entries of producers without a git-host account: shown beside the form's .zip button. */
const organisersSchema = z.strictObject({
	name: localized(120).describe('The office or team that collects entries, e.g. the district entrepreneurship office.'),
	phone: phone.optional().describe('A number to call, as people write it: +7 700 123 45 67.'),
	whatsapp: phone.optional().describe('The WhatsApp number the .zip is sent to.'),
	email: z.email().optional().describe('The address the .zip can be e-mailed to.'),
	sample: z.boolean().default(false).describe('true while the contact is invented, so the page says so.'),
});

/** The one place that names the district: content/site.json. A fork for another district edits only it and content/. */
export const siteSchema = z.strictObject({
	url: z
		.url()
		.describe(
			'Where the site is published, e.g. https://USER.github.io/REPO/ (its path is the base of every link); used for canonical links and the sitemap. SHOWCASE_URL overrides it.',
		),
	repository: z.url().describe('The git repository entries are added to, e.g. https://github.com/owner/name.'),
	name: localized(60).describe('The site name in the header and titles.'),
	tagline: localized(200).describe('One sentence saying what the site is.'),
	headline: localized(120).describe('The home page title.'),
	district: localized(60).describe('The district the exhibition belongs to.'),
	region: localized(60).describe('The region the district is in.'),
	country: z.string().length(2).describe('ISO country code, for schema.org addresses.'),
	pageSize: z
		.number()
		.int()
		.min(6)
		.max(60)
		.default(24)
		.describe(
			'How many cards a list page shows (the catalogue, the producers, a facet) before the next page: 24 keeps a page near 20 KB compressed.',
		),
	organisers: organisersSchema.optional().describe('Who collects entries as .zip files; without it the form offers no .zip.'),
});

export const site = parseConfig('content/site.json', siteSchema, data);
