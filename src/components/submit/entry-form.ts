import type { Locale } from '../../lib/locale.ts';
import type { Checked } from './check.ts';
import { type Control, describeFields, messageTarget, pathOf, readForm } from './controls.ts';
import type { AnswerMessage } from '../../entry/entry-messages.ts';
import { nameFieldOf, photoMessages, takePhoto } from './photos.ts';
import { showEntry } from './preview.ts';
import { sendEntry } from './send.ts';
import { setUpLists } from './repeater.ts';
import { type Strings, translator } from './translate.ts';

/**
 * <entry-form>: checks the submit form with the build's own rules, shows each message beside its field,
 * previews the card and writes the entry. The page shows the form and other ways to get listed without it.
 * Attributes: data-strings (the messages, in the page's language), data-repository, data-taken (slugs in use).
 */
class EntryForm extends HTMLElement {
	#form = this.querySelector('form')!;
	#result = this.querySelector<HTMLElement>('[data-result]')!;
	#status = this.querySelector<HTMLElement>('[data-status]')!;
	#locale = document.documentElement.lang as Locale;
	#t = translator(JSON.parse(this.dataset['strings'] ?? '{}') as Strings, this.#locale);
	#taken = JSON.parse(this.dataset['taken'] ?? '[]') as string[];
	#checker: Promise<typeof import('./check.ts')> | undefined;
	#submitted = false;
	/** The entry last previewed, for the .zip. */
	#checked: Checked | undefined;
	/** The picked photos still being read and checked. */
	#photos: Promise<unknown> = Promise.resolve();
	#shown: { control?: Control | undefined; box: HTMLElement }[] = [];

	connectedCallback() {
		this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
		this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
		describeFields(this, 'entry');
		setUpLists(this.#form, (row) => describeFields(row, 'entry'));
		// The schema is most of the script's weight: fetch it while the visitor reads the first field.
		this.#form.addEventListener('focusin', () => void this.#load(), { once: true });
		this.#form.addEventListener('change', (event) => void this.#changed(event.target as Element));
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#submitted = true;
			void this.#check(true);
		});
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
		this.querySelector('[data-zip]')?.addEventListener('click', () => void this.#send());
	}

	#load() {
		this.#checker ??= import('./check.ts');
		return this.#checker;
	}

	async #changed(target: Element) {
		// What was previewed is no longer what the form says.
		this.#result.hidden = true;
		if (target instanceof HTMLInputElement && target.dataset['photoFile'] !== undefined) {
			const taken = takePhoto(target, this.#form);
			this.#photos = Promise.all([this.#photos, taken]);
			await taken;
			nameFieldOf(target)?.setAttribute('data-touched', '');
		} else target.setAttribute('data-touched', '');
		await this.#check(false);
	}

	/** Checks the whole form; shows messages for the fields already visited, or all of them once it was sent. */
	async #check(submit: boolean) {
		// A photo still being read (a large one takes a moment) would be missing from the messages and the .zip.
		await this.#photos;
		const { check } = await this.#load();
		const { fields, story } = readForm(this.#form);
		const checked = check({
			fields,
			story,
			repository: this.dataset['repository'] ?? '',
			taken: this.#taken,
			photoMessages: photoMessages(this.#form, pathOf),
		});
		this.#showMessages(checked.messages);
		if (this.#submitted)
			this.#status.textContent = checked.messages.size > 0 ? this.#t('submit.errors', { count: checked.messages.size }) : '';
		if (submit) this.#finish(checked);
	}

	#showMessages(messages: ReadonlyMap<string, AnswerMessage>) {
		for (const { control, box } of this.#shown) {
			box.hidden = true;
			box.textContent = '';
			control?.removeAttribute('aria-invalid');
		}
		this.#shown = [];
		for (const [path, message] of messages) {
			const target = messageTarget(this.#form, path);
			if (!target || !(this.#submitted || visited(target.control ?? target.box.parentElement))) continue;
			target.box.textContent = this.#t(message.key, message.values);
			target.box.hidden = false;
			target.control?.setAttribute('aria-invalid', 'true');
			this.#shown.push(target);
		}
	}

	#finish(checked: Checked) {
		if (!checked.entry) {
			const first = this.#shown.find(({ control }) => control)?.control;
			(first ?? this.#shown[0]?.box)?.scrollIntoView({ block: 'center' });
			first?.focus({ preventScroll: true });
			return;
		}
		this.#checked = checked;
		showEntry(this.#result, this.#form, checked, this.#t, this.#locale);
		this.querySelector('[data-zip-status]')?.replaceChildren();
		this.#result.hidden = false;
		this.#result.querySelector<HTMLElement>('h2')?.focus();
	}

	async #send() {
		const button = this.querySelector<HTMLButtonElement>('[data-zip]')!;
		if (!this.#checked || button.disabled) return;
		button.disabled = true;
		try {
			this.querySelector('[data-zip-status]')!.textContent = await sendEntry(this.#form, this.#checked, this.#t, this.#locale);
		} finally {
			button.disabled = false;
		}
	}

	async #copy() {
		const text = this.querySelector<HTMLTextAreaElement>('[data-mdx]')!;
		// Selected first: where the clipboard is out of reach, the visitor can still copy it by hand.
		text.select();
		try {
			await navigator.clipboard.writeText(text.value);
			this.querySelector('[data-copied]')!.textContent = this.#t('submit.copied');
		} catch {
			text.focus();
		}
	}
}

/** Whether the visitor has been in a field (or a group of checkboxes) yet. */
function visited(element: Element | null | undefined): boolean {
	return Boolean(element?.matches('[data-touched]') || element?.querySelector('[data-touched]'));
}

customElements.define('entry-form', EntryForm);
