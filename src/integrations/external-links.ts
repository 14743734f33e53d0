import { type HastPluginDefinition, defineHastPlugin } from 'satteri';

/** The rel every link to another site gets: no access to our window, no referrer, no ranking credit for spam. */
const externalRel = ['noopener', 'noreferrer', 'nofollow', 'ugc'];

/**
 * A hast plugin that marks links leaving the site with rel="noopener noreferrer nofollow ugc". Links open in the
 * same tab (no target): the visitor's back button keeps working on a phone.
 */
export function externalLinks(site: string): HastPluginDefinition {
	const own = new URL(site).host;
	return defineHastPlugin({
		name: 'kazaly:external-links',
		element: {
			filter: ['a'],
			visit(node, context) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string' || !URL.canParse(href)) return;
				const url = new URL(href);
				if (!/^https?:$/.test(url.protocol) || url.host === own) return;
				context.setProperty(node, 'rel', externalRel);
				if (node.properties?.['target'] !== undefined) context.setProperty(node, 'target', null);
			},
		},
	});
}
