import { z } from 'astro/zod';
import data from '../../content/site.json';
import { localized } from '../schemas/localized';

/** The one place that names the district: content/site.json. A fork for another district edits only it and content/. */
const siteSchema = z.strictObject({
	url: z.url().describe('Where the site is published, e.g. https://USER.github.io/REPO/ (its path is the base of every link); used for canonical links and the sitemap. SHOWCASE_URL overrides it.'),
	repository: z.url().describe('The git repository entries are added to, e.g. https://github.com/owner/name.'),
	name: localized(60).describe('The site name in the header and titles.'),
	tagline: localized(200).describe('One sentence saying what the site is.'),
	headline: localized(120).describe('The home page title.'),
	district: localized(60).describe('The district the exhibition belongs to.'),
	region: localized(60).describe('The region the district is in.'),
	country: z.string().length(2).describe('ISO country code, for schema.org addresses.'),
});

export const site = siteSchema.parse(data);
