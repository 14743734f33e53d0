/**
 * Wraps `make` so that each key is made once and then served from a map: for what is costly to build and asked
 * for on every page, such as Intl's formatters and the translators built on them.
 */
export function memoize<K, V>(make: (key: K) => V): (key: K) => V {
	const made = new Map<K, V>();
	return (key) => {
		if (!made.has(key)) made.set(key, make(key));
		return made.get(key)!;
	};
}
