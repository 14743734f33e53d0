/**
 * The stand cards in dist/: every card's QR code, rasterised and decoded as a phone camera would, opens exactly the
 * producer's profile in the card's language, at the site's absolute address; and each card says what a visitor at
 * the stand needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../support/built-site';
import { exhibitions } from '../support/exhibitions';
import { contentDir } from '../support/paths';
import { decodeSvgQr, errorCorrection } from '../support/qr';

const site = readBuiltSite();
const siteUrl: string = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')).url;
const languages = ['', '/ru', '/en'];

/** The profile's address, written out here rather than taken from the site's code. */
const profileUrl = (lang: string, producer: string) => `${siteUrl.replace(/\/$/, '')}${lang}/producers/${producer}/`;

const qrOf = (page: string, producer?: string) => {
	const card = site.document(page).querySelector(producer ? `.stand-card[data-producer="${producer}"]` : '.stand-card');
	return { card, svg: card?.querySelector('[role="img"] svg')?.toString() ?? '' };
};

describe.each(exhibitions)('the stand cards of $id', ({ id, participants }) => {
	const cards = languages.flatMap((lang) =>
		participants.map(({ producer, stand }) => ({ lang, producer, stand, page: `${lang}/exhibitions/${id}/cards/${producer}/` })),
	);

	it.each(cards)('$page: the QR code decodes to exactly the profile in its language', async ({ lang, producer, page }) => {
		expect(site.pages).toContain(page);
		expect(await decodeSvgQr(qrOf(page).svg)).toBe(profileUrl(lang, producer));
	});

	it.each(languages)('the sheet in %s/ has every card once, and each QR opens its producer', async (lang) => {
		const page = `${lang}/exhibitions/${id}/cards/`;
		const decoded = await Promise.all(participants.map(({ producer }) => decodeSvgQr(qrOf(page, producer).svg)));
		expect(decoded).toEqual(participants.map(({ producer }) => profileUrl(lang, producer)));
		expect(site.document(page).querySelectorAll('.stand-card')).toHaveLength(participants.length);
		// Four cards to an A4 sheet.
		expect(site.document(page).querySelectorAll('.stand-sheet__page')).toHaveLength(Math.ceil(participants.length / 4));
	});

	it('every QR code has error correction M or better', () => {
		const found = new Set(cards.map(({ page }) => errorCorrection(qrOf(page).svg)));
		expect([...found].filter((level) => !['M', 'Q', 'H'].includes(level))).toEqual([]);
	});

	it.each(participants)(
		'the card of $producer shows its stand, its name, two or three prices and a number to call',
		({ producer, stand }) => {
			const { card } = qrOf(`/exhibitions/${id}/cards/${producer}/`);
			const entry = readFileSync(join(contentDir, 'businesses', producer, 'index.mdx'), 'utf8');
			const kkName = /^name:\n {2}kk: (.+)$/m.exec(entry)?.[1] ?? /^name: (.+)$/m.exec(entry)?.[1];
			expect(card!.querySelector('.stand-card__stand')!.text).toMatch(new RegExp(`(^|\\D)${stand}(\\D|$)`));
			expect(card!.querySelector('h1')!.text).toBe(kkName);
			const prices = card!.querySelectorAll('.stand-card__price');
			expect(prices.length).toBeGreaterThanOrEqual(Math.min(2, (entry.match(/^ {4}price: /gm) ?? []).length));
			expect(prices.length).toBeLessThanOrEqual(3);
			prices.forEach((price) => expect(price.text).toMatch(/\d.*₸/));
			expect(card!.querySelector('.stand-card__contacts dd')!.text).toMatch(/^\+7 7\d/);
		},
	);
});
