import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type HastPluginDefinition, defineHastPlugin } from 'satteri';
import { type Locale, defaultLocale, isLocale, locales } from '../lib/locale.ts';

/** The class of the box a story's table scrolls in; src/styles/global.css (prose-story) styles it. */
const tableBoxClass = 'story-table';

/** Where the plugin counts a document's tables, in the compile's data bag. */
const tableCount = 'kazaly:story-tables:count';

/** The name each language gives the box, with {number}, read from the UI dictionaries (profile.storyTable). */
function tableLabels(): Record<Locale, string> {
	const read = (locale: Locale) =>
		(JSON.parse(readFileSync(new URL(`../i18n/${locale}.json`, import.meta.url), 'utf8')) as Record<string, string>)['profile.storyTable']!;
	return Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Record<Locale, string>;
}

/** The language of a story file: index.<locale>.mdx is a translation, anything else is in the default language. */
function storyLocale(fileURL: URL | undefined): Locale {
	const code = fileURL && /\/index\.([^./]+)\.mdx$/.exec(fileURLToPath(fileURL).replace(/\?.*$/, ''))?.[1];
	return isLocale(code) ? code : defaultLocale;
}

/**
 * A hast plugin that puts every table of a story into a box of its own that scrolls sideways, so a table of many
 * columns never makes the page wider than a phone. The box can take keyboard focus (the arrow keys then scroll it)
 * and is a named region, so a screen reader says what the focus landed on; tables are numbered so that no two
 * regions of a page share a name.
 */
export function storyTables(): HastPluginDefinition {
	const labels = tableLabels();
	return defineHastPlugin({
		name: 'kazaly:story-tables',
		element: {
			filter: ['table'],
			visit(node, context) {
				const number = ((context.data[tableCount] as number | undefined) ?? 0) + 1;
				context.data[tableCount] = number;
				const ariaLabel = labels[storyLocale(context.fileURL)].replace('{number}', String(number));
				const properties = { className: [tableBoxClass], role: 'region', ariaLabel, tabIndex: 0 };
				context.wrapNode(node, { type: 'element', tagName: 'div', properties, children: [] });
			},
		},
	});
}
