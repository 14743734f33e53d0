/**
 * Rows the visitor adds and removes (photos, products, financing): copies of the list's <template>,
 * numbered in their titles. Row fields are named relative to the row, so removing one renumbers nothing else.
 */
import { templateFormatter } from '../../lib/template.ts';

/** Shows the add buttons and handles adding and removing rows; `added` is told of every new row. */
export function setUpLists(root: HTMLElement, added: (row: HTMLElement) => void): void {
	for (const list of root.querySelectorAll<HTMLElement>('[data-list]')) {
		const rows = list.querySelector<HTMLElement>('[data-rows]')!;
		const template = list.querySelector<HTMLTemplateElement>('template[data-template]')!;
		const add = list.querySelector<HTMLButtonElement>(':scope > [data-add]')!;
		add.hidden = false;
		add.addEventListener('click', () => {
			const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
			rows.append(row);
			number(list);
			added(row);
			row.querySelector<HTMLElement>('input, select, textarea')?.focus();
		});
		list.addEventListener('click', (event) => {
			const remove = (event.target as Element).closest('[data-remove]');
			if (!remove || remove.closest('[data-list]') !== list) return;
			remove.closest('[data-row]')?.remove();
			number(list);
			add.focus();
			list.dispatchEvent(new Event('change', { bubbles: true }));
		});
	}
}

/** Writes each row's number into its title: «Өнім 2». */
function number(list: HTMLElement): void {
	const title = list.dataset['title'] ?? '{number}';
	const format = templateFormatter(document.documentElement.lang);
	list.querySelectorAll<HTMLElement>('[data-rows] > [data-row]').forEach((row, index) => {
		const heading = row.querySelector('[data-row-title]');
		if (heading) heading.textContent = format(title, { number: index + 1 });
	});
}
