import type { InputField, InputKind } from '../../entry/entry-input.ts';

/** The form's controls, read by their path in the entry, and the places where messages about them go. */

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The path of a control's value: a field inside a row gets its list and row number in front (`products.1.price`). */
export function pathOf(control: Control): string {
	const row = control.closest<HTMLElement>('[data-row]');
	const list = row?.closest<HTMLElement>('[data-list]');
	if (!row || !list) return control.name;
	return `${list.dataset['list']}.${rowIndex(row)}.${control.name}`;
}

/** Where a row stands in its list, counting from 0. */
function rowIndex(row: HTMLElement): number {
	return [...(row.parentElement?.children ?? [])].indexOf(row);
}

/** The named controls of the form, in the order they appear; controls in <template> are not part of it. */
function controlsOf(form: HTMLFormElement): Control[] {
	return [...form.elements].filter(
		(element): element is Control => 'name' in element && Boolean((element as Control).name) && !(element instanceof HTMLButtonElement),
	);
}

/** Every answer in the form as entry input, and the story, which is the file's body and not its data. */
export function readForm(form: HTMLFormElement): { fields: InputField[]; story: string } {
	const fields: InputField[] = [];
	const lists = new Map<string, string[]>();
	let story = '';
	for (const control of controlsOf(form)) {
		const path = pathOf(control);
		if (control instanceof HTMLInputElement && control.type === 'checkbox') {
			let list = lists.get(path);
			if (!list) {
				list = [];
				lists.set(path, list);
				fields.push({ path, kind: 'list', value: list });
			}
			if (control.checked) list.push(control.value);
		} else if (control.dataset['kind'] === 'story') story = control.value;
		else fields.push({ path, kind: (control.dataset['kind'] as InputKind | undefined) ?? 'text', value: control.value });
	}
	return { fields, story };
}

/** Where the message for an entry path goes: the control with that path, a group or list of that name, or the first control under it. */
export function messageTarget(form: HTMLFormElement, path: string): { control?: Control; box: HTMLElement } | undefined {
	const controls = controlsOf(form);
	const exact = controls.find((control) => pathOf(control) === path && control.type !== 'checkbox');
	const group = form.querySelector<HTMLElement>(
		`[data-group="${CSS.escape(path)}"] > [data-error], [data-list="${CSS.escape(path)}"] > [data-error]`,
	);
	const control = exact ?? (group ? undefined : controls.find((candidate) => pathOf(candidate).startsWith(`${path}.`)));
	const box = group ?? control?.closest('[data-field]')?.querySelector<HTMLElement>('[data-error]');
	return box ? { ...(control && { control }), box } : undefined;
}

let described = 0;

/** Gives each field's control, hint and message ids and ties them together, for screen readers. */
export function describeFields(root: ParentNode, prefix: string): void {
	for (const field of root.querySelectorAll<HTMLElement>('[data-field]:not([data-described])')) {
		const control = field.querySelector<Control>('input, select, textarea');
		const parts = [field.querySelector('[data-hint]'), field.querySelector('[data-error]')].filter((part): part is Element =>
			Boolean(part),
		);
		parts.forEach((part, index) => (part.id = `${prefix}-${described}-${index}`));
		if (control && parts.length > 0) control.setAttribute('aria-describedby', parts.map((part) => part.id).join(' '));
		field.dataset['described'] = '';
		described++;
	}
}
