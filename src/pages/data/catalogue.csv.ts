import type { APIRoute } from 'astro';
import { catalogueCsv } from '../../data/open-data-csv';
import { openCatalogue } from '../../data/open-data';

/** The catalogue as one spreadsheet: a row per product. */
export const GET: APIRoute = async ({ site }) =>
	new Response(catalogueCsv((await openCatalogue(site!)).producers), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
