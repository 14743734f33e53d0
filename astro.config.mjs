// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import site from './content/site.json' with { type: 'json' };
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	i18n: {
		locales: site.locales,
		defaultLocale: site.defaultLocale,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [mdx(), pagefind()],
	vite: { plugins: [tailwindcss()] },
});
