/**
 * The floor: the cheapest Astro + MDX site that renders the same pages from the same entries as ours (home,
 * producers list, profile with its MDX story, one page per product, products list, a page per category and per
 * village, search, in every language), with names and prices only: no components, images, styles, search keys
 * or structured data; Pagefind over it. What our build costs beyond it is what the showcase adds. Generated at
 * run time beside the synthetic copy; never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkModules } from './synthetic.mjs';

/** The floor's files, path to text, reading the entries of `content` (a folder of <slug>/index.mdx). */
export function floorFiles(content, locales) {
	const base = pathToFileURL(join(content, '/')).href;
	const files = {
		'package.json': `${JSON.stringify({ name: 'kazaly-floor', private: true, type: 'module' }, null, '\t')}\n`,
		'astro.config.mjs': astroConfig,
		'src/content.config.ts': contentConfig(base),
		'src/floor.ts': helpers(locales),
	};
	for (const [route, script] of Object.entries(pages)) files[`src/pages/[...lang]/${route}.astro`] = `---\n${script}\n---\n${templates[route]}\n`;
	return files;
}

/** Writes the floor project into `target`, its node_modules linked to the project's. */
export function makeFloorProject(project, target, content, locales) {
	for (const [path, text] of Object.entries(floorFiles(content, locales))) {
		mkdirSync(dirname(join(target, path)), { recursive: true });
		writeFileSync(join(target, path), text);
	}
	linkModules(join(project, 'node_modules'), join(target, 'node_modules'));
}

// Pagefind in the build's own process, as src/integrations/pagefind.ts runs it, with the same log line the bench reads.
const astroConfig = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as indexer from 'pagefind';

const pagefind = {
	name: 'floor:pagefind',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const started = performance.now();
			const { index } = await indexer.createIndex({});
			const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
			await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
			logger.info(\`Indexed \${page_count} pages in \${Math.round(performance.now() - started)} ms.\`);
			await indexer.close();
		},
	},
};

export default defineConfig({ site: 'https://floor.example', trailingSlash: 'always', integrations: [mdx(), pagefind] });
`;

// No schema: the front matter is taken as it is, so the floor pays for no validation.
const contentConfig = (base) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	businesses: defineCollection({ loader: glob({ pattern: '*/index.mdx', base: ${JSON.stringify(base)}, generateId: ({ entry }) => entry.split('/')[0] }) }),
};
`;

// The one module every page shares: the entries loaded once, a text in a language, the language routes.
const helpers = (locales) => `import { getCollection } from 'astro:content';

export const locales = ${JSON.stringify(locales)};
export const langs = locales.map((locale, n) => ({ lang: n === 0 ? undefined : locale, locale }));
let all;
export const businesses = () => (all ??= getCollection('businesses'));
export const text = (value, locale) => (typeof value === 'string' ? value : (value?.[locale] ?? value?.[locales[0]] ?? ''));
export const prefix = (lang) => (lang ? \`/\${lang}/\` : '/');
export const products = async () => (await businesses()).flatMap((business) => business.data.products.map((product, n) => ({ ...product, n: n + 1, business })));
export const groups = async (key) => Object.entries(Object.groupBy(await businesses(), (business) => business.data[key]));
`;

// Each page's front matter: its routes and what it reads.
const pages = {
	index: `import { businesses, langs, prefix, text } from '../../floor';
export const getStaticPaths = () => langs.map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
const { locale } = Astro.props;
const list = (await businesses()).slice(0, 12);
const root = prefix(Astro.params.lang);`,
	'producers/index': `import { businesses, langs, prefix, text } from '../../../floor';
export const getStaticPaths = () => langs.map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
const { locale } = Astro.props;
const list = await businesses();
const root = prefix(Astro.params.lang);`,
	'producers/[slug]/index': `import { render } from 'astro:content';
import { businesses, langs, prefix, text } from '../../../../floor';
export async function getStaticPaths() {
	const all = await businesses();
	return langs.flatMap(({ lang, locale }) => all.map((business) => ({ params: { lang, slug: business.id }, props: { locale, business } })));
}
const { locale, business } = Astro.props;
const { Content } = await render(business);
const root = prefix(Astro.params.lang);`,
	'producers/[slug]/[product]': `import { langs, prefix, products, text } from '../../../../floor';
export async function getStaticPaths() {
	const all = await products();
	return langs.flatMap(({ lang, locale }) => all.map((product) => ({ params: { lang, slug: product.business.id, product: String(product.n) }, props: { locale, product } })));
}
const { locale, product } = Astro.props;
const root = prefix(Astro.params.lang);`,
	'products/index': `import { langs, prefix, products, text } from '../../../floor';
export const getStaticPaths = () => langs.map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
const { locale } = Astro.props;
const list = await products();
const root = prefix(Astro.params.lang);`,
	'categories/[id]': `import { groups, langs, prefix, text } from '../../../floor';
export async function getStaticPaths() {
	const all = await groups('category');
	return langs.flatMap(({ lang, locale }) => all.map(([id, list]) => ({ params: { lang, id }, props: { locale, list } })));
}
const { locale, list } = Astro.props;
const root = prefix(Astro.params.lang);`,
	'villages/[id]': `import { groups, langs, prefix, text } from '../../../floor';
export async function getStaticPaths() {
	const all = await groups('village');
	return langs.flatMap(({ lang, locale }) => all.map(([id, list]) => ({ params: { lang, id }, props: { locale, list } })));
}
const { locale, list } = Astro.props;
const root = prefix(Astro.params.lang);`,
	search: `import { langs } from '../../floor';
export const getStaticPaths = () => langs.map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
const { locale } = Astro.props;`,
};

const shell = (title, body) => `<html lang={locale}><head><meta charset="utf-8" /><title>${title}</title></head><body>${body}</body></html>`;
const producerList = `<ul>{list.map((business) => <li><a href={\`\${root}producers/\${business.id}/\`}>{text(business.data.name, locale)}</a></li>)}</ul>`;

// Each page's markup: the names, prices and story it shows, nothing more.
const templates = {
	index: shell('{text(list[0]?.data.name, locale)}', `<main data-pagefind-body><h1>Kazaly</h1>${producerList}</main>`),
	'producers/index': shell('Producers', `<main data-pagefind-body>${producerList}</main>`),
	'producers/[slug]/index': shell(
		'{text(business.data.name, locale)}',
		`<main data-pagefind-body><h1>{text(business.data.name, locale)}</h1><p>{business.data.owner}</p><p>{text(business.data.summary, locale)}</p><Content /><ul>{business.data.products.map((product, n) => <li><a href={\`\${root}producers/\${business.id}/\${n + 1}/\`}>{text(product.name, locale)}</a> {product.price} ₸</li>)}</ul></main>`,
	),
	'producers/[slug]/[product]': shell(
		'{text(product.name, locale)}',
		`<main data-pagefind-body><h1>{text(product.name, locale)}</h1><p>{product.price} ₸</p><p>{text(product.description, locale)}</p><a href={\`\${root}producers/\${product.business.id}/\`}>{text(product.business.data.name, locale)}</a></main>`,
	),
	'products/index': shell('Products', `<main data-pagefind-body><ul>{list.map((product) => <li>{text(product.name, locale)} {product.price} ₸</li>)}</ul></main>`),
	'categories/[id]': shell('{Astro.params.id}', `<main data-pagefind-body>${producerList}</main>`),
	'villages/[id]': shell('{Astro.params.id}', `<main data-pagefind-body>${producerList}</main>`),
	search: shell('Search', '<main><form><input name="q" /></form></main>'),
};
