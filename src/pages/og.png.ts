import type { APIRoute } from 'astro';
import { previewPng } from '../data/previews';
import { paths } from '../lib/paths';

/** The link-preview image of every page that has none of its own. */
export const GET: APIRoute = async () =>
	new Response(new Uint8Array(await previewPng(paths.preview())), { headers: { 'Content-Type': 'image/png' } });
