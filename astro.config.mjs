// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import site from './content/site.json' with { type: 'json' };
import { pagefind } from './src/integrations/pagefind.ts';
import { defaultLocale, locales } from './src/lib/locale.ts';

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	i18n: {
		locales,
		defaultLocale,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [mdx(), pagefind()],
	vite: { plugins: [tailwindcss()] },
});
