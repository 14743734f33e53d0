/**
 * Tells a pull request that the bot has just added a commit to it from an edited issue (after a maintainer applied
 * the label again), and withdraws the approvals given before: a comment names the fields and files that changed,
 * and every approving review is dismissed, so the pull request needs a fresh approval. Run by entry-from-issue.yml.
 *
 *   node scripts/entry-update.ts --pull N --issue N --from <commit before> [--to <commit after>]
 *
 * Exits 1, after commenting, when an approval could not be dismissed.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { changedFields, updateMarkdown, type FileChange } from './github/issue-changes.ts';
import { entriesDir } from '../src/validate/content-files.ts';
import { github, githubList, itemNumber } from './github-api.ts';

const { values: options } = parseArgs({
	options: { pull: { type: 'string' }, issue: { type: 'string' }, from: { type: 'string' }, to: { type: 'string', default: 'HEAD' } },
});
const pull = itemNumber(options.pull);
const issue = itemNumber(options.issue);
const revision = (name: string, value: string | undefined) => {
	if (!value || !/^(?:[0-9a-f]{7,40}|HEAD)$/.test(value)) throw new Error(`--${name}: expected a commit, found ${JSON.stringify(value)}`);
	return value;
};
const [from, to] = [revision('from', options.from), revision('to', options.to)];

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
// -z: status and path alternate, NUL-separated, so no file name can be misread.
const listed = git('diff', '-z', '--name-status', '--no-renames', from, to, '--', entriesDir).split('\0');
const files: FileChange[] = [];
for (let index = 0; index + 1 < listed.length; index += 2)
	files.push({ status: listed[index] as FileChange['status'], path: listed[index + 1]! });

// A renamed entry is one index.mdx deleted and another added: compare the entry as it was with the entry as it is.
const before = files.find((file) => file.status !== 'A' && file.path.endsWith('/index.mdx'));
const after = files.find((file) => file.status !== 'D' && file.path.endsWith('/index.mdx'));
const changed = before && after ? changedFields(git('show', `${from}:${before.path}`), git('show', `${to}:${after.path}`)) : [];

const dismissed: string[] = [];
const kept: string[] = [];
const reviews = await githubList<{ id: number; state: string; user?: { login?: string } | null }>(`/pulls/${pull}/reviews`);
for (const review of reviews.filter((item) => item.state === 'APPROVED')) {
	const login = review.user?.login ?? 'unknown';
	try {
		await github('PUT', `/pulls/${pull}/reviews/${review.id}/dismissals`, {
			event: 'DISMISS',
			message: `The entry changed after this approval (issue #${issue} was edited): review it again.`,
		});
		dismissed.push(login);
	} catch (error) {
		console.error(`Could not dismiss the approval by ${login}: ${(error as Error).message}`);
		kept.push(login);
	}
}

const body = updateMarkdown({ issue, commit: git('rev-parse', to).trim(), files, fields: changed, dismissed, kept });
await github('POST', `/issues/${pull}/comments`, { body });
console.log(`Told pull request #${pull} what changed; ${dismissed.length} approval(s) dismissed, ${kept.length} could not be.`);
process.exitCode = kept.length ? 1 : 0;
