/**
 * Wraps `make` so that each argument is made for once and then served from a map: for what is costly to build
 * and asked for on every page, such as Intl's formatters and the translators built on them. Arguments that are
 * objects are told apart by `keyOf`, which by default is the argument itself.
 */
export function memoize<A, V>(make: (argument: A) => V, keyOf: (argument: A) => unknown = (argument) => argument): (argument: A) => V {
	const made = new Map<unknown, V>();
	return (argument) => {
		const key = keyOf(argument);
		if (!made.has(key)) made.set(key, make(argument));
		return made.get(key)!;
	};
}
