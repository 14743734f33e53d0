import { type MdastPluginEntry, defineMdastPlugin } from 'satteri';

interface Node {
	type: string;
	identifier?: string;
	url?: string;
	title?: string | null;
	children?: Node[];
}

/**
 * Turns `![bread][px]` with `[px]: ./photos/bread.jpg` into the image it names, as if written `![bread](./photos/bread.jpg)`,
 * so Astro publishes it as a processed photo like any other. Astro only processes inline images; left alone, a
 * reference would render a plain <img> of a file the site never publishes. The safety guard has already held the
 * definition to the photo rules (src/validate/body-check.ts).
 */
export function imageReferences(): MdastPluginEntry {
	return () => {
		const definitions = new Map<string, Node>();
		return defineMdastPlugin({
			name: 'kazaly:image-references',
			before(root) {
				const collect = (node: Node) => {
					// Markdown uses the first definition of a label.
					if (node.type === 'definition' && !definitions.has(node.identifier ?? '')) definitions.set(node.identifier ?? '', node);
					for (const child of node.children ?? []) collect(child);
				};
				collect(root as Node);
			},
			imageReference(node) {
				const definition = definitions.get(node.identifier);
				if (!definition) return undefined;
				return {
					type: 'image',
					url: definition.url ?? '',
					alt: node.alt ?? '',
					title: definition.title ?? null,
					...(node.position ? { position: node.position } : {}),
				};
			},
		});
	};
}
