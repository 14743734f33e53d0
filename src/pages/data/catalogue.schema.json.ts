import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../data/open-data-schema';
import { paths } from '../../lib/paths';

/** The JSON Schema of catalogue.json, generated from the content schema. */
export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(catalogueJsonSchema(new URL(paths.catalogueSchema(), site).href), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
