import { type HastPluginEntry, defineHastPlugin } from 'satteri';
import { slugger } from '../lib/slug.ts';
import { compiledFile, isEntryFile } from '../validate/content-files.ts';

/** The prefix of every heading id in a story: the page's own ids (main, products, story, photos) never have it. */
export const storyIdPrefix = 'story-';

/**
 * Gives each heading of an entry's story an id of its own, story-<slug>: «## Products» would otherwise take the
 * page's #products, and the section's label and the skip link would point into the story. Astro's own heading
 * plugin, which runs next, keeps an id that is set, so the page's list of headings has the same ids.
 */
export function storyHeadings(): HastPluginEntry {
	return ({ fileURL }) => {
		if (!isEntryFile(compiledFile(fileURL))) return null;
		const slug = slugger();
		return defineHastPlugin({
			name: 'kazaly:story-headings',
			element: {
				filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
				visit(node, context) {
					context.setProperty(node, 'id', `${storyIdPrefix}${slug(context.textContent(node))}`);
				},
			},
		});
	};
}
