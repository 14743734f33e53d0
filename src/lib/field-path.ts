/** Where a field sits in a parsed file: keys, and indexes into lists. */
export type FieldPath = readonly PropertyKey[];

/** Writes a field path the way a reader finds it in the file: products[1].price. */
export function fieldName(path: FieldPath): string {
	return path.reduce<string>(
		(name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
		'',
	);
}
