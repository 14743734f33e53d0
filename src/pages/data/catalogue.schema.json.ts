import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../data/open-data-schema';
import { absoluteUrl, paths, sitePath } from '../../lib/paths';

/** The JSON Schema of catalogue.json, generated from the content schema. */
export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(catalogueJsonSchema(absoluteUrl(sitePath(paths.catalogueSchema()), site!)), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
