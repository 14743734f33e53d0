/**
 * Everything astro.config.mjs builds the site with, in one module so the configuration can load it in one step,
 * after it has refused links under content/ (some of these modules read content/ as they load).
 */
export { hostFiles } from './host-files.ts';
export { imageReferences } from './image-references.ts';
export { pagefind } from './pagefind.ts';
export { safeHtml } from './safe-html.ts';
export { sitemap } from './sitemap.ts';
export { storyHeadings } from './story-headings.ts';
export { storyTables } from './story-tables.ts';
export { validateEntries } from './validate-entries.ts';
export { defaultLocale, locales } from '../lib/locale.ts';
export { externalLinks } from './external-links.ts';
export { readRedirects, redirectRoutes } from '../validate/redirects.ts';
export { safeBody } from './remark-safe.ts';
export { site } from '../data/site.ts';
