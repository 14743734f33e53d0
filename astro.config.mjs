// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { refuseContentLinks } from './src/integrations/content-links.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ is contributed: no file of it is read before we know none is a link to elsewhere on the machine. The
// build's modules read content/ as they load (the vocabularies), so they are loaded only once that is known.
refuseContentLinks(root);
// content/site.json comes checked by its schema (src/data/site.ts): a bad field stops here, named, with what to write.
const {
	hostFiles,
	imageReferences,
	pagefind,
	safeHtml,
	sitemap,
	storyHeadings,
	storyTables,
	validateEntries,
	defaultLocale,
	locales,
	externalLinks,
	readRedirects,
	redirectRoutes,
	safeBody,
	site,
} = await import('./src/integrations/index.ts');
// Where the site is published; the deploy workflow gives GitHub Pages' address, e.g. https://USER.github.io/REPO/.
// A path in it is the base every link is built under (src/lib/paths.ts).
const published = new URL(process.env.SHOWCASE_URL || site.url);
const redirects = redirectRoutes(readRedirects(root).redirects, locales, published);
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
		// Last, so that it sees the pages as they are published: the security policy and each host's headers (docs/deploy.md);
		// after Pagefind, which reads the block of search keys this step takes out of each page.
		// The repository's host may receive the submit form (form-action).
		hostFiles(site.repository),
	],
	vite: { plugins: [tailwindcss()] },
});
