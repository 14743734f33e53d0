/** The exhibition as the built site shows it: its page in every language, and each producer's stand on its profile. */
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { exhibitions } from '../support/exhibitions';

const site = readBuiltSite();
const languages = ['', '/ru', '/en'];

/** The producer slugs a page links to, in the order of the links. */
function producerLinks(page: string, selector: string): string[] {
	return site
		.document(page)
		.querySelectorAll(`${selector} a[href*="/producers/"]`)
		.map((link) => /\/producers\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '');
}

describe.each(exhibitions)('the exhibition $id', ({ id, participants }) => {
	const byStand = [...participants].sort((a, b) => a.stand - b.stand);

	it.each(languages)('has a page in %s/ listing every participant by stand, in stand order', (lang) => {
		const page = `${lang}/exhibitions/${id}/`;
		expect(site.pages).toContain(page);
		expect(producerLinks(page, 'section[aria-labelledby="by-stand"]')).toEqual(byStand.map(({ producer }) => producer));
		const text = site.document(page).querySelector('section[aria-labelledby="by-stand"]')!.text;
		for (const { stand } of byStand) expect(text).toMatch(new RegExp(`(^|\\D)${stand}(\\D|$)`));
	});

	it('lists every participant once under its category', () => {
		const page = `/exhibitions/${id}/`;
		const listed = producerLinks(page, 'section[aria-labelledby="by-category"] ul');
		expect([...listed].sort()).toEqual(participants.map(({ producer }) => producer).sort());
	});

	it.each(languages)('each participant’s profile in %s/ names the exhibition and the stand', (lang) => {
		for (const { producer, stand } of participants) {
			const profile = site.document(`${lang}/producers/${producer}/`);
			const link = profile.querySelectorAll(`a[href="${lang}/exhibitions/${id}/"]`);
			expect(link, `${producer} links to the exhibition`).toHaveLength(1);
			expect(link[0]!.text).toMatch(new RegExp(`(^|\\D)${stand}(\\D|$)`));
		}
	});

	it.each(languages)('its page in %s/ links to the printed booklet, which has every producer in stand order', (lang) => {
		const booklet = `${lang}/exhibitions/${id}/booklet/`;
		expect(site.document(`${lang}/exhibitions/${id}/`).querySelectorAll(`a[href="${booklet}"]`)).toHaveLength(1);
		expect(producerLinks(booklet, '.booklet-producer h2')).toEqual(byStand.map(({ producer }) => producer));
		const stands = site
			.document(booklet)
			.querySelectorAll('.booklet-contents tbody tr td:first-child')
			.map((cell) => Number(cell.text));
		expect(stands).toEqual(byStand.map(({ stand }) => stand));
	});

	it.each(languages)('the about page in %s/ links to it', (lang) => {
		expect(site.document(`${lang}/about/`).querySelectorAll(`a[href="${lang}/exhibitions/${id}/"]`).length).toBeGreaterThan(0);
	});
});
