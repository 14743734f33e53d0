import { searchKeys, textForms, type WordForms } from './keys.ts';

/** One word of a group as the index meets it: its exact form, and the keys of every word of its group. */
interface Member {
	exact?: string;
	keys: readonly string[];
}

/** For each search key, the group members with that key: a page's word joins the groups of those it matches. */
export type SynonymIndex = ReadonlyMap<string, readonly Member[]>;

/**
 * Whether a word is a group's member, not another word that folds alike: кумыс (in the group of қымыз) and
 * күміс «silver» share a key but not an exact form, so a Cyrillic word must meet a Cyrillic member letter for
 * letter. A word in Latin letters may be either, so it matches any member of its key.
 */
const sameWord = (word: WordForms, member: Member) => word.exact === undefined || word.exact === member.exact;

/**
 * Indexes groups of equivalent words by their keys. A multi-word phrase («киіз үй») counts as one
 * member: its keys join the group, and the phrase is reached by any of its words.
 */
export function synonymIndex(groups: readonly (readonly string[])[]): SynonymIndex {
	const index = new Map<string, Member[]>();
	for (const group of groups) {
		const keys = [...new Set(group.flatMap((word) => searchKeys(word)))];
		for (const word of group) {
			const forms = textForms(word);
			// Only a one-word member stands for the group: «молоко» in «верблюжье молоко» must not pull in шұбат.
			if (forms.length !== 1) continue;
			const [{ key, exact }] = forms as [WordForms];
			index.set(key, [...(index.get(key) ?? []), { ...(exact !== undefined && { exact }), keys }]);
		}
	}
	return index;
}

/** The keys of a text with every synonym added: what the page should be found by. */
export function expandedKeys(text: string, synonyms: SynonymIndex): string[] {
	const keys = new Set<string>();
	for (const word of textForms(text)) {
		keys.add(word.key);
		for (const member of synonyms.get(word.key) ?? []) if (sameWord(word, member)) for (const key of member.keys) keys.add(key);
	}
	return [...keys];
}

/** The exact forms each key has in a text: what the catalogue's words fold to. */
export type FormsInUse = ReadonlyMap<string, ReadonlySet<string | undefined>>;

/**
 * The key a group's word is better searched by when another word of the catalogue folds to its own (кумыс
 * and «Күміс» both give kumis): a key of its group that only the group's words give. As [exact form, key].
 */
export function meantKeys(groups: readonly (readonly string[])[], inUse: FormsInUse): [string, string][] {
	const meant = new Map<string, string>();
	for (const group of groups) {
		const members = group.map(textForms).flatMap((forms) => (forms.length === 1 ? forms : []));
		const alien = (key: string) => {
			const own = new Set(members.filter((member) => member.key === key).map(({ exact }) => exact));
			return [...(inUse.get(key) ?? [])].some((exact) => exact !== undefined && !own.has(exact));
		};
		// Every page with a word of the group holds all its keys, so any key no other word gives will do.
		const clear = members.find(({ key }) => !alien(key))?.key;
		for (const { key, exact } of members) if (exact !== undefined && clear && clear !== key && alien(key)) meant.set(exact, clear);
	}
	return [...meant];
}

/**
 * The key a typed word is searched by: its own, or its group's where another word shares its own (meantKeys);
 * a word cut to a shorter known key (кумыз to kumi) is looked up by as many letters of its exact form.
 */
export function meantKey(key: string, exact: string | undefined, meant: ReadonlyMap<string, string>): string {
	return (exact !== undefined && meant.get(exact.slice(0, key.length))) || key;
}
