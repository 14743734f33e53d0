import type { APIRoute } from 'astro';
import { iconSprite } from '../lib/icons';

/** The icons of every page in one file (src/lib/icons.ts), fetched once and cached. */
export const GET: APIRoute = () => new Response(iconSprite(), { headers: { 'Content-Type': 'image/svg+xml' } });
