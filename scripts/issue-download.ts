/**
 * Downloads a photo attached to an issue for scripts/issue-to-entry.ts. The address is the issue author's text,
 * so nothing about it is taken on trust: it must be one of GitHub's attachment addresses, every redirect is
 * followed by hand and must stay on GitHub's storage, and the file must be small and served as a photo.
 */
import { attachmentUrl, redirectTarget } from './github/issue-photos.ts';
import { photoMimeTypes } from '../src/lib/photo-format.ts';

/** How far a download may go; the validator has its own, smaller limit on a photo's size. */
export const downloadLimits = { bytes: 20 * 1024 * 1024, redirects: 3, milliseconds: 60_000 };

/** Fetches one attachment; throws an Error whose message says, in a few words, why a photo was refused. */
export async function downloadAttachment(address: string, fetchFile: typeof fetch = fetch, limits = downloadLimits): Promise<Uint8Array> {
	let url = attachmentUrl(address);
	if (!url) throw new Error('not an address GitHub gives an attached file');
	for (let redirects = 0; ; redirects++) {
		const response = await fetchFile(url, { redirect: 'manual', signal: AbortSignal.timeout(limits.milliseconds) });
		if (response.status < 300 || response.status > 399) return await photoBody(response, limits.bytes);
		await response.body?.cancel();
		if (redirects === limits.redirects) throw new Error(`more than ${limits.redirects} redirects`);
		const next = redirectTarget(url, response.headers.get('location'));
		if (!next) throw new Error('redirected away from GitHub’s file storage');
		url = next;
	}
}

/** The body of the final response, if it is a photo's and not larger than `maxBytes`. */
async function photoBody(response: Response, maxBytes: number): Promise<Uint8Array> {
	if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
	const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (!photoMimeTypes.includes(type)) {
		await response.body.cancel();
		throw new Error(`served as ${type || 'an unnamed type'}, not as a JPEG, PNG or WebP photo`);
	}
	const tooLarge = () => new Error(`larger than ${maxBytes / 1024 / 1024} MB`);
	if (Number(response.headers.get('content-length')) > maxBytes) {
		await response.body.cancel();
		throw tooLarge();
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	// Content-Length may be missing or wrong: count what actually arrives.
	for await (const chunk of response.body) {
		size += chunk.byteLength;
		if (size > maxBytes) throw tooLarge();
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}
