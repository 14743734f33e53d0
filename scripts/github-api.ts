/**
 * The GitHub REST API as the workflow scripts call it: the workflow's token (GITHUB_TOKEN) and the repository
 * GitHub Actions names (GITHUB_REPOSITORY, GITHUB_API_URL), read when a call is made.
 */

/** A refused call: the HTTP status tells a missing thing (404) from a failure. */
export class GitHubError extends Error {
	readonly status: number;
	constructor(message: string, status: number) {
		super(message);
		this.status = status;
	}
}

/** The repository the workflow runs in, "owner/name". */
export function repository(): string {
	const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: name } = process.env;
	if (!token || !name) throw new Error('GITHUB_TOKEN and GITHUB_REPOSITORY must be set.');
	return name;
}

/** One call to the REST API under /repos/<owner>/<name>; throws a GitHubError on any answer but 2xx. */
export async function github<T>(method: string, path: string, payload?: object): Promise<T> {
	const name = repository();
	const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
	const response = await fetch(`${api}/repos/${name}${path}`, {
		method,
		headers: {
			accept: 'application/vnd.github+json',
			authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
			'x-github-api-version': '2022-11-28',
			'content-type': 'application/json',
		},
		...(payload && { body: JSON.stringify(payload) }),
	});
	if (!response.ok) throw new GitHubError(`${method} ${path}: HTTP ${response.status} ${await response.text()}`, response.status);
	return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Every item of a listing, page by page (100 a page, at most `maxPages`). */
export async function githubList<T>(path: string, maxPages = 30): Promise<T[]> {
	const items: T[] = [];
	for (let page = 1; page <= maxPages; page++) {
		const batch = await github<T[]>('GET', `${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`);
		items.push(...batch);
		if (batch.length < 100) break;
	}
	return items;
}

/** An issue or pull request number given on the command line, refused unless it is one. */
export function itemNumber(value: string | undefined): number {
	if (!value || !/^[1-9]\d{0,9}$/.test(value)) throw new Error(`Not an issue or pull request number: ${JSON.stringify(value)}`);
	return Number(value);
}
