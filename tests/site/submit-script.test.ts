/** The submit form's script is loaded on the submit pages and nowhere else: producer pages stay free of JavaScript. */
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';

describe("the form's script", () => {
	const built = readBuiltSite();
	const scripts = (page: string) =>
		built
			.document(page)
			.querySelectorAll('script[src]')
			.map((script) => script.getAttribute('src')!);
	const formScripts = scripts('/submit/');

	it('is on the submit pages', () => {
		expect(formScripts.length).toBeGreaterThan(0);
		for (const page of ['/ru/submit/', '/en/submit/']) expect(scripts(page)).toEqual(formScripts);
	});

	it('is on no other page', () => {
		const others = built.pages.filter((page) => !/^\/(?:(?:ru|en)\/)?submit\/$/.test(page));
		expect(others.filter((page) => scripts(page).some((src) => formScripts.includes(src)))).toEqual([]);
	});

	it('leaves producer pages without any script of their own', () => {
		const producers = built.pages.filter((page) => /^\/(?:(?:ru|en)\/)?producers\/[^/]+\/$/.test(page));
		expect(producers.length).toBeGreaterThan(0);
		expect(producers.filter((page) => built.document(page).querySelectorAll('script[type="module"]').length > 0)).toEqual([]);
	});

	it('is not needed to find another way in: without it the page points to the issue form', () => {
		const page = built.document('/submit/');
		expect(page.querySelector('[data-no-script] a')?.getAttribute('href')).toMatch(/\/issues\/new\?template=new-entry\.yml$/);
		expect(page.querySelector('entry-form form button[type="submit"]')?.hasAttribute('disabled')).toBe(true);
	});
});
