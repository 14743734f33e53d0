/**
 * Text from a pull request or an issue, written into a comment the bot posts, so that GitHub shows it as text:
 * no mention, reference, link, image or HTML can come through, whatever the text holds and however long it is.
 */

/** Any one piece of untrusted text is cut to this many characters; a comment holds many pieces. */
const maxText = 600;

/** Untrusted text as inert Markdown on one line: every ASCII punctuation escaped; mentions, #references and bare addresses broken. */
export function plain(value: string): string {
	return (
		oneLine(value)
			.replace(/[!-/:-@[-`{-~]/g, '\\$&')
			.replace(/([@#])/g, '$1\u200b')
			// An autolinking renderer may link a bare address even with its punctuation escaped; an invisible space stops it.
			.replace(/\\:(?=\\\/\\\/)/g, '\\:\u200b')
			.replace(/\bwww(?=\\\.)/gi, '$&\u200b')
	);
}

/** Untrusted text as a code span, whatever backticks it holds. */
export function code(value: string): string {
	const inner = oneLine(value);
	const longest = Math.max(0, ...[...inner.matchAll(/`+/g)].map((run) => run[0].length));
	const fence = '`'.repeat(longest + 1);
	const pad = inner.startsWith('`') || inner.endsWith('`') || inner.startsWith(' ') ? ' ' : '';
	return `${fence}${pad}${inner}${pad}${fence}`;
}

/** The text on one line, and at most `maxText` characters (cut between characters, never inside one). */
function oneLine(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are what this takes out.
	const flat = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
	const characters = [...flat];
	return characters.length > maxText ? `${characters.slice(0, maxText).join('')}…` : flat;
}
