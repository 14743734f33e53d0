/**
 * Posts the validation report on an issue or pull request, editing the bot's earlier report if there is one,
 * so a conversation holds one report that is always current. Uses the workflow's token (GITHUB_TOKEN) and the
 * repository GitHub Actions names (GITHUB_REPOSITORY, GITHUB_API_URL): see github-api.ts.
 *
 *   node scripts/post-comment.ts --number N --body comment.md [--head-sha SHA] [--only-update]
 *
 * --head-sha: N came from an untrusted place (a pull request's artifact); post only if N is a pull request
 *   whose head is this commit, so a forged number cannot send the comment elsewhere.
 * --only-update: edit an earlier report, but start no new conversation (for pull requests without entries).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findReportComment, type ListedComment } from './github/validation-report.ts';
import { github, githubList, itemNumber, repository } from './github-api.ts';

const { values: options } = parseArgs({
	options: {
		number: { type: 'string' },
		body: { type: 'string' },
		'head-sha': { type: 'string' },
		'only-update': { type: 'boolean', default: false },
	},
});

repository();
const number = itemNumber(options.number);
if (!options.body) throw new Error('Pass the comment with --body FILE.');
const body = readFileSync(options.body, 'utf8');

if (options['head-sha']) {
	const pull = await github<{ head: { sha: string } }>('GET', `/pulls/${number}`);
	if (pull.head.sha !== options['head-sha']) {
		// Either the pull request moved on (its newer run will comment) or the number was forged: say nothing.
		console.log(`Pull request #${number} is at ${pull.head.sha}, not ${options['head-sha']}: not commenting.`);
		process.exit(0);
	}
}

const earlier = findReportComment(await githubList<ListedComment>(`/issues/${number}/comments`));

if (earlier) {
	await github('PATCH', `/issues/comments/${earlier.id}`, { body });
	console.log(`Updated the report on #${number}.`);
} else if (!options['only-update']) {
	await github('POST', `/issues/${number}/comments`, { body });
	console.log(`Posted the report on #${number}.`);
} else {
	console.log(`No earlier report on #${number}, and nothing new to say.`);
}
