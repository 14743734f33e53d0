/**
 * Decides, for .github/workflows/entry-from-issue.yml, whether an issue event may make or change an entry's branch
 * (scripts/github/issue-gate.ts), from what the GitHub API says rather than from the event alone: whether the issue is
 * still open and labelled, who applied the trigger label and with what permission on the repository, and whether a
 * pull request from the issue's branch is open.
 *
 *   node scripts/issue-gate.ts [--event event.json]
 *
 * Writes `go` (true or false) and `pull` (the open pull request's number, or nothing) to $GITHUB_OUTPUT.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { entryBranch, gate, triggerLabel } from './github/issue-gate.ts';
import { github, GitHubError, githubList, itemNumber, repository } from './github-api.ts';

const { values: options } = parseArgs({ options: { event: { type: 'string', default: process.env.GITHUB_EVENT_PATH } } });
if (!options.event) throw new Error('No event file: pass --event or set GITHUB_EVENT_PATH.');

interface IssueEvent {
	action: string;
	label?: { name?: string };
	sender?: { login?: string };
	issue: { number: number; state: string; labels?: { name?: string }[] };
}
const event = JSON.parse(readFileSync(options.event, 'utf8')) as IssueEvent;
const number = itemNumber(String(event.issue.number));
const branch = entryBranch(number);
const hasLabel = (issue: IssueEvent['issue']) => (issue.labels ?? []).some((label) => label.name === triggerLabel);

/** Who applied the trigger label: this event's sender, or for an edit the last one the issue's history names. */
async function labellerLogin(): Promise<string | undefined> {
	if (event.action === 'labeled') return event.label?.name === triggerLabel ? event.sender?.login : undefined;
	const history = await githubList<{ event: string; label?: { name?: string }; actor?: { login?: string } | null }>(
		`/issues/${number}/events`,
	);
	return history.filter((item) => item.event === 'labeled' && item.label?.name === triggerLabel).at(-1)?.actor?.login;
}

/** A user's permission on the repository (admin, write, read or none); `none` for a login GitHub does not know. */
async function permission(login: string): Promise<string> {
	// Logins are letters, digits and hyphens (apps add [bot]); anything else never reaches a URL.
	if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) return 'none';
	try {
		return (await github<{ permission?: string }>('GET', `/collaborators/${encodeURIComponent(login)}/permission`)).permission ?? 'none';
	} catch (error) {
		if (error instanceof GitHubError && error.status === 404) return 'none';
		throw error;
	}
}

/** The open pull request from the issue's branch of this repository; a fork's branch of the same name does not count. */
async function openPull(): Promise<number | undefined> {
	const owner = repository().split('/')[0];
	const pulls = await github<{ number: number; head: { ref: string; repo: { full_name: string } | null } }[]>(
		'GET',
		`/pulls?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`,
	);
	return pulls.find((pull) => pull.head.ref === branch && pull.head.repo?.full_name === repository())?.number;
}

// The event says what happened; the issue as it is now says whether it still matters (this runs again later, in
// the job that pushes, when a maintainer may have closed the issue or taken the label off). Another label asks nothing.
const relevant = event.action === 'edited' || (event.action === 'labeled' && event.label?.name === triggerLabel);
const issue = relevant && hasLabel(event.issue) ? await github<IssueEvent['issue']>('GET', `/issues/${number}`) : event.issue;
const open = issue.state === 'open';
const labelled = hasLabel(issue);
const login = open && labelled && relevant ? await labellerLogin() : undefined;
const pull = open && labelled && relevant ? await openPull() : undefined;
const decision = gate({
	action: event.action,
	label: event.label?.name,
	issueOpen: open,
	labelled,
	labeller: login ? { login, permission: await permission(login) } : undefined,
	pull,
});
console.log(`${decision.go ? 'Go' : 'Stop'}: ${decision.reason}`);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `go=${decision.go}\npull=${decision.go ? (pull ?? '') : ''}\n`);
