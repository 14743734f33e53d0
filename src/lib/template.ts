/**
 * A UI string as the dictionaries write it: a text with {names}, or its plural forms by Intl.PluralRules category,
 * with exact forms such as "=0" where a number reads better in words («Ready the same day»).
 */
export type Template = string | Readonly<Record<string, string>>;

/** The values a template's {names} are filled with; `count` also chooses the plural form. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Returns the one filler of UI templates for a language (a BCP 47 tag), used by the site, its scripts in the
 * browser and the command-line tools alike. Numbers are written by `number`: the site groups digits for the
 * locale, a tool that only counts can leave them plain. A {name} with no value stays as written, so a gap shows.
 */
export function templateFormatter(tag: string, number: (value: number) => string = String) {
	const plurals = new Intl.PluralRules(tag);
	return function format(template: Template, values: TemplateValues = {}): string {
		const count = values['count'];
		// An exact form wins over the plural category, as in ICU messages.
		const text =
			typeof template === 'string'
				? template
				: (template[`=${count}`] ?? template[plurals.select(Number(count))] ?? template['other'] ?? '');
		return text.replace(/\{(\w+)\}/g, (match, name: string) => {
			const value = values[name];
			return value === undefined ? match : typeof value === 'number' ? number(value) : value;
		});
	};
}
