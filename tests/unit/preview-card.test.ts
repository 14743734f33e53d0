import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoPanel, renderCard } from '../../src/data/preview-render.ts';
import { type PreviewCard, themeColours, titleSize } from '../../src/lib/preview-card.ts';

const product: PreviewCard = {
	title: 'Қымызға арналған 1,5 литрлік ПЭТ бөтелке',
	kicker: 'Пластик және қаптама · Әйтеке би',
	byline: 'Ақбала пластик',
	price: '1 200 ₸ / дана',
	site: 'Қазалы кәсіпкерлері',
};

/** The card as an image: its size, its format, and how many distinct colours it has (a blank one has one). */
async function look(png: Buffer) {
	const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
	const colours = new Set<number>();
	for (let i = 0; i < data.length; i += info.channels * 97) colours.add(data.readUInt32BE(i) >>> 8);
	return { format: (await sharp(png).metadata()).format, width: info.width, height: info.height, colours: colours.size };
}

describe('link-preview cards', () => {
	it('renders a product card as a 1200×630 PNG with something drawn on it', async () => {
		const png = await renderCard({ ...product, photo: await photoPanel('content/businesses/aqbala-plastik/photos/workshop.jpg') });
		mkdirSync('tests/.output', { recursive: true });
		writeFileSync('tests/.output/preview-product.png', png);
		const seen = await look(png);
		expect(seen).toMatchObject({ format: 'png', width: 1200, height: 630 });
		expect(seen.colours).toBeGreaterThan(50);
	}, 30_000);

	it('renders a card without a photo on a coloured panel', async () => {
		const png = await renderCard({
			title: 'Қазалы кәсіпкерлері',
			kicker: 'Қазалы ауданы',
			byline: 'Қазалы ауданының кәсіпкерлері мен олардың өнімдері',
			site: 'kazaly-showcase.example.kz',
		});
		writeFileSync('tests/.output/preview-site.png', png);
		expect(await look(png)).toMatchObject({ format: 'png', width: 1200, height: 630 });
	}, 30_000);

	it('draws a name of 80 letters in one word and a long category without running out of the card', async () => {
		const png = await renderCard({
			...product,
			kicker: 'Цифрлық жобалар және анимация · Әйтеке би',
			title: 'Қ'.repeat(40) + 'ӘҒҚҢӨҰҮҺІ'.repeat(4) + 'әғқң',
		});
		writeFileSync('tests/.output/preview-long.png', png);
		expect(await look(png)).toMatchObject({ width: 1200, height: 630 });
	}, 30_000);

	it.each([
		['Ақбала пластик', 76],
		['Қымызға арналған 1,5 литрлік бөтелке', 62],
		['«Алтын бақша» шаруа қожалығының көкөністері мен жемісі', 52],
		['А'.repeat(80), 44],
	])('titleSize(%s) = %i', (title, size) => expect(titleSize(title)).toBe(size));

	it('takes its colours from the theme and names the one it lacks', () => {
		expect(() => themeColours('--color-ink: #1d2a2c;')).toThrow(/--color-sand-50/);
	});
});
