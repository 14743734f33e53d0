/**
 * An entry that is legal but nasty to lay out: every text at its field's length limit (src/schemas) and without a
 * space, and a story of long words, long addresses, code and a table of 200 columns beside a small one. It passes
 * the validator, so the site must show it without ever growing wider than the screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toSlug } from '../../src/lib/slug.ts';
import { entriesDir } from '../../src/validate/content-files.ts';

/** Kazakh letters and no space, `length` of them: a name as one long word. */
export function unbroken(length: number, word = 'Шаңырақ'): string {
	return word.repeat(Math.ceil(length / word.length)).slice(0, length);
}

/** Each text in Kazakh, Russian and English, at one length limit. */
function localized(length: number) {
	return { kk: unbroken(length), ru: unbroken(length, 'Мастерская'), en: unbroken(length, 'Workshop') };
}

/** Two products, so the two-column product grid of a phone holds two long names side by side. */
const products = [0, 1].map((index) => ({
	name: { ...localized(80), kk: `${unbroken(79)}${index}` },
	description: localized(300),
	price: 1_000_000_000,
	unit: 'piece',
	minOrder: 1_000_000,
	wholesale: { price: 999_999_999, from: 2_000_000 },
	availability: index === 0 ? 'seasonal' : 'made-to-order',
	...(index === 0 ? { season: localized(60) } : { leadDays: 365 }),
	photo: './photos/photo.jpg',
	keywords: { kk: [unbroken(40)], ru: [unbroken(40, 'Ключ')], en: [unbroken(40, 'keyword')] },
}));

const data = {
	name: localized(80),
	owner: unbroken(80),
	summary: localized(200),
	category: 'crafts-decor',
	village: 'aiteke-bi',
	since: 2020,
	jobs: 1_000,
	financing: [{ programme: 'auyl-amanaty', year: 2023, amount: 999_999_999, rate: 99.99, purpose: localized(160) }],
	photos: [
		{ src: './photos/photo.jpg', alt: localized(160) },
		{ src: './photos/photo.jpg', alt: localized(160) },
	],
	products,
	deliveryAreas: ['district', 'aral', 'zhosaly', 'baikonyr', 'kyzylorda', 'region', 'kazakhstan'],
	deliveryModes: ['pickup', 'courier', 'train', 'kazpost', 'online'],
	payments: ['cash', 'kaspi', 'card', 'invoice'],
	contacts: {
		whatsapp: '+7 700 000 00 99',
		phone: '+7 72438 00099',
		telegram: unbroken(32, 'telegram_'),
		instagram: unbroken(32, 'instagram.'),
	},
	address: localized(160),
	listed: '2026-11-01',
	lastChecked: '2026-11-01',
};

const longUrl = `https://example.kz/${unbroken(260, 'catalogue-')}`;
const columns = Array.from({ length: 200 }, (_, index) => `Баған${index + 1}`);

/** A story with everything that can be wider than a phone: words, addresses, code, a table of 200 columns. */
export const hostileStory = `## ${unbroken(280)}

${unbroken(280)}

Сілтеме: ${longUrl} және [сілтеме](${longUrl}).

> ${unbroken(280)}

- ${unbroken(280)}
- **${unbroken(280)}** *${unbroken(280)}*

\`${unbroken(280, 'code')}\`

\`\`\`
${unbroken(280, 'code_')}
\`\`\`

| ${columns.join(' | ')} |
| ${columns.map(() => '---').join(' | ')} |
| ${columns.map(() => '1 000 ₸').join(' | ')} |
| ${unbroken(280)} | ${columns
	.slice(1)
	.map(() => 'иә')
	.join(' | ')} |

| Өнім | Бағасы |
| --- | --- |
| ${unbroken(80)} | 1 000 000 000 ₸ |

![${unbroken(160)}](./photos/photo.jpg)
`;

/** Where the entry shows: its name, its folder, its first product's page, its category and village. */
export const hostile = {
	name: data.name.kk,
	slug: toSlug(data.name.kk),
	product: toSlug(products[0]!.name.kk),
	category: data.category,
	village: data.village,
};

/** Writes the entry (and its translations) into a project's content/businesses, every photo being `photo`. */
export function writeHostileEntry(root: string, photo: Buffer): string {
	const folder = join(root, entriesDir, hostile.slug);
	mkdirSync(join(folder, 'photos'), { recursive: true });
	writeFileSync(join(folder, 'photos/photo.jpg'), photo);
	writeFileSync(join(folder, 'index.mdx'), `---\n${JSON.stringify(data, null, 2)}\n---\n\n${hostileStory}`);
	for (const locale of ['ru', 'en']) writeFileSync(join(folder, `index.${locale}.mdx`), hostileStory);
	return folder;
}
