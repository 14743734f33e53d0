import type { FieldPath } from '../lib/field-path.ts';

/** The part of a Zod 4 schema this module reads: its definition and its `.describe()` text. */
interface Schema {
	description?: string | undefined;
	_zod: {
		def: {
			type: string;
			innerType?: Schema;
			in?: Schema;
			out?: Schema;
			shape?: Record<string, Schema>;
			element?: Schema;
			valueType?: Schema;
		};
	};
}

/** What a schema says of one field: its description and, for a group, the fields it may hold. */
export interface FieldInfo {
	description?: string;
	keys: string[];
}

/**
 * Reads the schema at a field path, so a message can quote the field's own `.describe()` text and list the fields a
 * group accepts: the schema stays the contributor's documentation.
 */
export function fieldInfo(root: unknown, path: FieldPath): FieldInfo {
	let node: Schema | undefined = root as Schema;
	for (const key of path) {
		const inner = container(node);
		const def = inner?._zod.def;
		node = def?.type === 'record' ? def.valueType : typeof key === 'number' ? def?.element : def?.shape?.[String(key)];
		if (!node) return { keys: [] };
	}
	let description: string | undefined;
	for (let at: Schema | undefined = node; at && !description; at = next(at)) description = at.description;
	return { ...(description ? { description } : {}), keys: Object.keys(container(node)?._zod.def.shape ?? {}) };
}

/** The top-level fields that hold a date, e.g. listed and lastChecked. */
export function dateFields(root: unknown): string[] {
	const shape = container(root as Schema)?._zod.def.shape ?? {};
	return Object.keys(shape).filter((key) => {
		for (let at: Schema | undefined = shape[key]; at; at = next(at)) if (at._zod.def.type === 'date') return true;
		return false;
	});
}

/** The object, array or record a wrapped schema holds: through optional, default, preprocess and transform. */
function container(node: Schema | undefined): Schema | undefined {
	for (let at = node; at; at = next(at)) if (['object', 'array', 'record'].includes(at._zod.def.type)) return at;
	return undefined;
}

/** The schema one wrapper inside; a pipe leads to whichever side holds the data's shape. */
function next(node: Schema): Schema | undefined {
	const { type, innerType, in: input, out } = node._zod.def;
	if (innerType) return innerType;
	if (type === 'pipe') return out && out._zod.def.type !== 'transform' ? out : input;
	return undefined;
}
