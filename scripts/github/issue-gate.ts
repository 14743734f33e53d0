/**
 * Who may start the bot that turns an issue into a pull request, and when it must leave a branch alone. The issue
 * form is open to every account, so the bot waits for a maintainer's label, and an edit after a pull request is
 * open does not reach the branch under review until a maintainer applies the label again.
 */

/** The label a maintainer applies to an issue to have the bot make its entry. The form never applies it. */
export const triggerLabel = 'new-entry';

/** The one branch an issue's entry lives on, named after the issue so a renamed business keeps it. */
export function entryBranch(issue: number): string {
	return `entry/issue-${issue}`;
}

/**
 * Repository permissions that may start the bot, as the REST API names them: it reports the maintain role as
 * `write` and triage as `read`, so these are the admin, maintain and write roles (and custom roles based on them).
 */
const mayStart: ReadonlySet<string> = new Set(['admin', 'write']);

/** What GitHub says about the event, the label and the branch, as the gate needs it. */
export interface GateFacts {
	/** The event's action: `labeled` or `edited`. */
	action: string;
	/** The label this event applied, for `labeled`. */
	label?: string | undefined;
	issueOpen: boolean;
	/** Whether the issue carries the trigger label now. */
	labelled: boolean;
	/** Who applied the trigger label (for `labeled`, this event's sender), with their permission on the repository. */
	labeller?: { login: string; permission: string } | undefined;
	/** The open pull request from the issue's branch in this repository, if there is one. */
	pull?: number | undefined;
}

/** Whether the bot goes on, and why, in words for the workflow's log. */
export interface GateDecision {
	go: boolean;
	reason: string;
}

/** Decides whether this event may make or change an entry's branch. */
export function gate(facts: GateFacts): GateDecision {
	const stop = (reason: string) => ({ go: false, reason });
	if (!facts.issueOpen) return stop('The issue is closed.');
	if (facts.action === 'labeled' && facts.label !== triggerLabel) return stop(`The label applied is not ${triggerLabel}.`);
	if (facts.action !== 'labeled' && facts.action !== 'edited') return stop(`The bot does not act on "${facts.action}".`);
	if (!facts.labelled) return stop(`The issue does not carry the label ${triggerLabel}.`);
	if (!facts.labeller) return stop(`No one is on record as applying the label ${triggerLabel}.`);
	const { login, permission } = facts.labeller;
	if (!mayStart.has(permission))
		return stop(
			`${login} applied the label ${triggerLabel} with ${permission} permission; only write, maintain or admin may start the bot.`,
		);
	if (facts.pull !== undefined && facts.action === 'edited') {
		return stop(
			`Pull request #${facts.pull} is under review: an edit of the issue reaches it only when a maintainer applies the label ${triggerLabel} again.`,
		);
	}
	return {
		go: true,
		reason:
			facts.pull === undefined
				? `${login} (${permission}) asked for the entry.`
				: `${login} (${permission}) asked to update pull request #${facts.pull} from the issue.`,
	};
}
