// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostFiles } from './src/integrations/host-files.ts';
import { imageReferences } from './src/integrations/image-references.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { safeHtml } from './src/integrations/safe-html.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { storyHeadings } from './src/integrations/story-headings.ts';
import { storyTables } from './src/integrations/story-tables.ts';
import { refuseContentLinks, validateEntries } from './src/integrations/validate-entries.ts';
import { defaultLocale, locales } from './src/lib/locale.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { readRedirects, redirectRoutes } from './src/validate/redirects.ts';
import { safeBody } from './src/integrations/remark-safe.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ is contributed: no file of it is read before we know none is a link to elsewhere on the machine.
refuseContentLinks(root);
const site = JSON.parse(readFileSync(new URL('./content/site.json', import.meta.url), 'utf8'));
// Where the site is published; the deploy workflow gives GitHub Pages' address, e.g. https://USER.github.io/REPO/.
// A path in it is the base every link is built under (src/lib/paths.ts).
const published = new URL(process.env.SHOWCASE_URL || site.url);
const redirects = redirectRoutes(readRedirects(root).redirects, locales);
// Every text the build compiles, .mdx and .md alike, goes through the same guard, twice (the Markdown tree, then the
// HTML it became); entries' headings get ids of their own, links out are marked and tables scroll in their own box
// (docs/validation.md).
const texts = satteri({
	mdastPlugins: [safeBody(root), imageReferences()],
	hastPlugins: [safeHtml(root), storyHeadings(), externalLinks(published.href), storyTables()],
});

export default defineConfig({
	site: published.href,
	base: published.pathname.replace(/\/?$/, '/'),
	trailingSlash: 'always',
	i18n: {
		locales,
		defaultLocale,
		routing: { prefixDefaultLocale: false },
	},
	// Published addresses never break: a renamed entry's old address leads to the new one, in every language.
	redirects,
	markdown: { processor: texts },
	integrations: [
		validateEntries(),
		mdx({ processor: texts }),
		pagefind(),
		sitemap(Object.keys(redirects)),
		// Last, so that it sees the pages as they are published: the security policy and each host's headers (docs/deploy.md).
		// The repository's host may receive the submit form (form-action); content/site.json is read above, once checked.
		hostFiles(site.repository),
	],
	vite: { plugins: [tailwindcss()] },
});
