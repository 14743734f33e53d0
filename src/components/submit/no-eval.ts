import { z } from 'astro/zod';

/**
 * Zod probes for eval with `new Function` when it builds an object schema, to compile faster parsers. The site's
 * Content-Security-Policy refuses eval and reports the probe as a violation, so the form's schemas run without it.
 * Imported first by check.ts, so that it runs before any schema is built.
 */
z.config({ jitless: true });
