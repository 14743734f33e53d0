import type { APIRoute, GetStaticPaths } from 'astro';
import { previewPng, previews } from '../../data/previews';

/** The link-preview image of each producer (/og/<slug>.png) and product (/og/<slug>/<product>.png). */
export const getStaticPaths = (async () =>
	(await previews()).flatMap(({ path }) => {
		const card = /^\/og\/(.+)\.png$/.exec(path)?.[1];
		return card ? [{ params: { card } }] : [];
	})) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(new Uint8Array(await previewPng(`/og/${params.card}.png`)), { headers: { 'Content-Type': 'image/png' } });
