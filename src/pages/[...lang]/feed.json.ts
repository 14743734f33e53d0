import type { APIRoute } from 'astro';
import { producerFeed } from '../../data/feeds';
import { langParams } from '../../lib/paths';

export const getStaticPaths = () => langParams.map(({ lang }) => ({ params: { lang } }));

/** New and updated producers as a JSON Feed, in the folder's language. */
export const GET: APIRoute = async ({ site, locals }) =>
	new Response((await producerFeed(locals.locale, site!)).json1(), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
