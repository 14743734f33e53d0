/**
 * The repository host's page that creates a file with a name and text already filled in. On GitHub it is
 * /new/<branch>?filename=<path>&value=<text>; a visitor without write access is offered a fork and a pull
 * request from the same page.
 */

/** Longer URLs are refused by the host (HTTP 414) or cut by browsers; past this the text is copied instead. */
export const urlLimit = 8000;

/** The branch entries are proposed to. */
const branch = 'main';

/** The new-file page for `path`, prefilled with `text` when given; undefined for a host we cannot prefill. */
export function newFileUrl(repository: string, path: string, text?: string): string | undefined {
	if (new URL(repository).hostname !== 'github.com') return undefined;
	const query = new URLSearchParams({ filename: path });
	if (text !== undefined) query.set('value', text);
	return `${repository.replace(/\/+$/, '')}/new/${branch}?${query}`;
}
