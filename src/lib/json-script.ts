/**
 * JSON for a `<script type="application/ld+json">` body. The HTML parser ends the script at the first `</script`
 * whatever JSON says, so `<` (and, for old parsers, `>`, `&` and the JavaScript line separators) are written as
 * \u escapes: a name such as «</script><script>…» stays text. JSON.parse reads the escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
