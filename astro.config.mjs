// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pagefind } from './src/integrations/pagefind.ts';
import { refuseContentLinks, validateEntries } from './src/integrations/validate-entries.ts';
import { defaultLocale, locales } from './src/lib/locale.ts';
import { externalLinks } from './src/validate/external-links.ts';
import { readRedirects, redirectRoutes } from './src/validate/redirects.ts';
import { safeBody } from './src/validate/remark-safe.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// content/ is contributed: no file of it is read before we know none is a link to elsewhere on the machine.
refuseContentLinks(root);
const site = JSON.parse(readFileSync(new URL('./content/site.json', import.meta.url), 'utf8'));
// Every text the build compiles, .mdx and .md alike, goes through the same guard (docs/validation.md), and links out are marked.
const texts = satteri({ mdastPlugins: [safeBody(root)], hastPlugins: [externalLinks(site.url)] });

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	i18n: {
		locales,
		defaultLocale,
		routing: { prefixDefaultLocale: false },
	},
	// Published addresses never break: a renamed entry's old address leads to the new one, in every language.
	redirects: redirectRoutes(readRedirects(root).redirects, locales),
	markdown: { processor: texts },
	integrations: [
		validateEntries(),
		mdx({ processor: texts }),
		pagefind(),
	],
	vite: { plugins: [tailwindcss()] },
});
