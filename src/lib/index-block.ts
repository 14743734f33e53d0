/**
 * The hidden block of search keys, filters and metadata SearchIndexData writes into a page for Pagefind. It holds
 * no element of its own kind, so its first closing </div> is its end.
 */
const indexBlock = /<div hidden data-pagefind-body>[\s\S]*?<\/div>/;

/** A page without its index block, for visitors once Pagefind has read it; a page without one is returned as it is. */
export function withoutIndexBlock(html: string): string {
	return html.replace(indexBlock, '');
}
