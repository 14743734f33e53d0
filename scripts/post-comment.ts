/**
 * Posts the validation report on an issue or pull request, editing the bot's earlier report if there is one,
 * so a conversation holds one report that is always current. Uses the workflow's token (GITHUB_TOKEN) and the
 * repository GitHub Actions names (GITHUB_REPOSITORY, GITHUB_API_URL).
 *
 *   node scripts/post-comment.ts --number N --body comment.md [--head-sha SHA] [--only-update]
 *
 * --head-sha: N came from an untrusted place (a pull request's artifact); post only if N is a pull request
 *   whose head is this commit, so a forged number cannot send the comment elsewhere.
 * --only-update: edit an earlier report, but start no new conversation (for pull requests without entries).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findReportComment, type ListedComment } from '../src/lib/validation-report.ts';

const { values: options } = parseArgs({
	options: {
		number: { type: 'string' },
		body: { type: 'string' },
		'head-sha': { type: 'string' },
		'only-update': { type: 'boolean', default: false },
	},
});

const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository, GITHUB_API_URL: api = 'https://api.github.com' } = process.env;
if (!token || !repository) throw new Error('GITHUB_TOKEN and GITHUB_REPOSITORY must be set.');
if (!options.number || !/^[1-9]\d{0,9}$/.test(options.number)) throw new Error(`Not an issue or pull request number: ${JSON.stringify(options.number)}`);
if (!options.body) throw new Error('Pass the comment with --body FILE.');
const number = Number(options.number);
const body = readFileSync(options.body, 'utf8');

/** One call to the GitHub REST API; fails loudly on any error. */
async function github<T>(method: string, path: string, payload?: object): Promise<T> {
	const response = await fetch(`${api}/repos/${repository}${path}`, {
		method,
		headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28', 'content-type': 'application/json' },
		...(payload && { body: JSON.stringify(payload) }),
	});
	if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
	return (await response.json()) as T;
}

if (options['head-sha']) {
	const pull = await github<{ head: { sha: string } }>('GET', `/pulls/${number}`);
	if (pull.head.sha !== options['head-sha']) {
		// Either the pull request moved on (its newer run will comment) or the number was forged: say nothing.
		console.log(`Pull request #${number} is at ${pull.head.sha}, not ${options['head-sha']}: not commenting.`);
		process.exit(0);
	}
}

let earlier: ListedComment | undefined;
for (let page = 1; !earlier && page <= 30; page++) {
	const comments = await github<ListedComment[]>('GET', `/issues/${number}/comments?per_page=100&page=${page}`);
	earlier = findReportComment(comments);
	if (comments.length < 100) break;
}

if (earlier) {
	await github('PATCH', `/issues/comments/${earlier.id}`, { body });
	console.log(`Updated the report on #${number}.`);
} else if (!options['only-update']) {
	await github('POST', `/issues/${number}/comments`, { body });
	console.log(`Posted the report on #${number}.`);
} else {
	console.log(`No earlier report on #${number}, and nothing new to say.`);
}
