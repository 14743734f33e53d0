import type { APIRoute } from 'astro';
import { openCatalogue } from '../../data/open-data';
import { absoluteUrl, paths, sitePath } from '../../lib/paths';

/** The whole catalogue as JSON, described by catalogue.schema.json. */
export const GET: APIRoute = async ({ site }) =>
	new Response(
		JSON.stringify({ $schema: absoluteUrl(sitePath(paths.catalogueSchema()), site!), ...(await openCatalogue(site!)) }, null, '\t'),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
