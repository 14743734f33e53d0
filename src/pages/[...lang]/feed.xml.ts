import type { APIRoute } from 'astro';
import { producerFeed } from '../../data/feeds';
import { langParams } from '../../lib/paths';

export const getStaticPaths = () => langParams.map(({ lang }) => ({ params: { lang } }));

/** New and updated producers as an Atom feed, in the folder's language. */
export const GET: APIRoute = async ({ site, locals }) =>
	new Response((await producerFeed(locals.locale, site!)).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
