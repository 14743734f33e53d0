/**
 * The hidden block of search keys, filters and metadata SearchIndexData writes into a page for Pagefind. It holds
 * no element of its own kind, so its end is the first </div> outside an attribute: a value is an entry's own
 * text (a summary may say «</div>»), and Astro leaves < unescaped in attributes, so quoted values are skipped whole.
 */
const indexBlock = /<div hidden data-pagefind-body>(?:"[^"]*"|[^"])*?<\/div>/;

/** A page without its index block, for visitors once Pagefind has read it; a page without one is returned as it is. */
export function withoutIndexBlock(html: string): string {
	return html.replace(indexBlock, '');
}
