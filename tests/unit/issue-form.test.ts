import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFormVocabularies } from '../../scripts/issue-form.ts';
import { entryMdx, type EntryData } from '../../src/entry/entry-mdx.ts';
import { formFields } from '../../scripts/github/issue-form-fields.ts';
import { issueToEntry, readAnswers, type EntryPhoto } from '../../scripts/github/issue-form.ts';
import { attachmentUrl, photoAlt, photoExtension, photoLinks, redirectTarget } from '../../scripts/github/issue-photos.ts';
import { businessSchema } from '../../src/schemas/business.ts';

const vocabularies = readFormVocabularies();
const label = (id: string) => formFields.find((field) => field.id === id)!.label;
const dates = { listed: '2026-11-20', lastChecked: '2026-11-27' };
const photos: EntryPhoto[] = [
	{ src: './photos/photo-1.jpg', alt: '«Дәмді» наубайханасы: 1-сурет' },
	{ src: './photos/photo-2.png', alt: 'Тандыр нан' },
];

/** An issue body as GitHub writes it from the form: `### Label`, a blank line, the answer; CRLF line ends. */
function issueBody(answers: Record<string, string>): string {
	return formFields.map((field) => `### ${field.label}\r\n\r\n${answers[field.id] ?? '_No response_'}`).join('\r\n\r\n');
}

/** A real-looking issue from a bakery in Әйтеке би, with the awkward things people type. */
const bakery = {
	'name-kk': '«Дәмді» наубайханасы: нан & тоқаш',
	'name-ru': 'Пекарня "Дамди"',
	owner: 'Гүлнар Сейітова',
	'summary-kk': 'Тандыр наны — күн сайын; {кешкі} тапсырыс: 18:00-ге дейін.',
	category: 'Наубайхана / Bakery',
	village: 'Әйтеке би / Aiteke Bi',
	since: '2 019',
	jobs: '4',
	'delivery-areas': 'Қазалы ауданы / Kazaly district, Арал / Aral',
	'delivery-modes': 'Өзі алып кету / Pickup, Онлайн (файл, сілтеме) / Online (file, link), Курьер / Courier',
	payments: 'Қолма-қол / Cash, Kaspi аударым / Kaspi transfer',
	whatsapp: '8 (700) 000-00-01',
	telegram: 'https://t.me/damdi_nan',
	instagram: '@damdi.nan',
	address: 'Әйтеке би, Жанқожа батыр к-сі, 12',
	products: [
		'- Тандыр нан | 200 | дана | бар | 10 | 2',
		'',
		'«Наполеон» торты | 6 500 ₸ | кг | тапсырыспен',
		'Бауырсақ | 1200 | порция | маусымдық | 1',
	].join('\r\n'),
	story: [
		'Біз 2019 жылы бастадық.',
		'',
		'---',
		'',
		'### Біздің тарих',
		'{new Date()} <script>alert("x")</script>',
		'import fs from "node:fs"',
	].join('\r\n'),
	photos:
		'![IMG_2041](https://github.com/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f70)\r\n<img width="1200" alt="Тандыр нан" src="https://github.com/user-attachments/assets/7c1d2e3f-2222-4a5b-8c9d-0e1f2a3b4c5d" />',
	consent: '- [X] Мәліметтер шын, иесі оларды сайтта жариялауға келіседі. / The details are true, and the owner agrees to publish them.',
};

describe('readAnswers splits an issue into the form’s answers', () => {
	const answers = readAnswers(issueBody(bakery));

	it('reads every answer by its heading, with CRLF line ends undone', () => {
		expect(answers['owner']).toBe('Гүлнар Сейітова');
		expect(answers['products']).toBe(
			'- Тандыр нан | 200 | дана | бар | 10 | 2\n\n«Наполеон» торты | 6 500 ₸ | кг | тапсырыспен\nБауырсақ | 1200 | порция | маусымдық | 1',
		);
	});

	it('reads a field left empty as empty, not as “_No response_”', () => {
		expect(answers['name-en']).toBe('');
		expect(answers['phone']).toBe('');
	});

	it('keeps a `### ` line typed inside an answer in that answer', () => {
		expect(answers['story']).toContain('### Біздің тарих');
		expect(answers['photos']).toMatch(/^!\[IMG_2041\]/);
	});

	it('gives every field an answer even when the body is not from the form', () => {
		expect(readAnswers('Сәлем! Мен нан пісіремін.')).toEqual(Object.fromEntries(formFields.map((field) => [field.id, ''])));
	});
});

describe('issueToEntry passes the owner’s text through as data', () => {
	const { data, story, problems } = issueToEntry(readAnswers(issueBody(bakery)), vocabularies, photos, dates);

	it.each([
		['name', { kk: '«Дәмді» наубайханасы: нан & тоқаш', ru: 'Пекарня "Дамди"' }],
		['summary', 'Тандыр наны — күн сайын; {кешкі} тапсырыс: 18:00-ге дейін.'],
		['owner', 'Гүлнар Сейітова'],
		['address', 'Әйтеке би, Жанқожа батыр к-сі, 12'],
	])('%s is kept as typed', (field, value) => expect(data[field]).toEqual(value));

	it('keeps the story as typed, `---`, `{…}`, `<script>` and `import` included: the validator judges it', () => {
		expect(story).toBe(
			[
				'Біз 2019 жылы бастадық.',
				'',
				'---',
				'',
				'### Біздің тарих',
				'{new Date()} <script>alert("x")</script>',
				'import fs from "node:fs"',
			].join('\n'),
		);
	});

	it('maps the form’s choices to vocabulary ids, even a label with a comma in it', () => {
		expect(data).toMatchObject({
			category: 'bakery',
			village: 'aiteke-bi',
			deliveryAreas: ['district', 'aral'],
			deliveryModes: ['pickup', 'online', 'courier'],
			payments: ['cash', 'kaspi'],
		});
	});

	it('reads whole numbers written with spaces', () => expect(data).toMatchObject({ since: 2019, jobs: 4 }));

	it('writes phones the usual way and reads a Telegram link as its user name', () => {
		expect(data['contacts']).toEqual({ whatsapp: '+7 700 000 00 01', telegram: 'damdi_nan', instagram: 'damdi.nan' });
	});

	it('reads one product a line: name | price | unit | availability | min order | photo no.', () => {
		expect(data['products']).toEqual([
			{ name: 'Тандыр нан', price: 200, unit: 'piece', minOrder: 10, availability: 'in-stock', photo: './photos/photo-2.png' },
			{ name: '«Наполеон» торты', price: 6500, unit: 'kg', availability: 'made-to-order', photo: './photos/photo-1.jpg' },
			{ name: 'Бауырсақ', price: 1200, unit: 'portion', minOrder: 1, availability: 'seasonal', photo: './photos/photo-1.jpg' },
		]);
	});

	it('lists the photos it was given, and the dates', () => {
		expect(data).toMatchObject({ photos, listed: '2026-11-20', lastChecked: '2026-11-27' });
	});

	it('finds nothing wrong that only it could see', () => expect(problems).toEqual([]));

	it('makes an entry the schema accepts', () => {
		const schema = businessSchema({ image: () => z.string().startsWith('./photos/') } as never);
		expect(schema.safeParse(data).error?.issues).toBeUndefined();
	});

	it('survives the MDX writer: the front matter reads back as the same data', () => {
		const mdx = entryMdx(data as EntryData, story);
		const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!;
		expect(parseYaml(frontMatter)).toEqual(data);
	});
});

describe('issueToEntry leaves what it does not know for the validator', () => {
	const entry = (answers: Record<string, string>) =>
		issueToEntry(readAnswers(issueBody({ ...bakery, ...answers })), vocabularies, photos, dates);

	it.each([
		['category', { category: 'Наубайханалар' }, 'Наубайханалар'],
		['since', { since: 'екі мың он тоғыз' }, 'екі мың он тоғыз'],
		['deliveryAreas', { 'delivery-areas': 'Арал / Aral, Шымкент' }, ['aral', 'Шымкент']],
	])('an unknown %s stays as typed', (field, answers, value) => expect(entry(answers).data[field]).toEqual(value));

	it('keeps a product line it cannot read as text in the fields it fills', () => {
		expect((entry({ products: 'Нан 200 теңге' }).data['products'] as unknown[])[0]).toEqual({
			name: 'Нан 200 теңге',
			price: '',
			unit: '',
			availability: '',
			photo: './photos/photo-1.jpg',
		});
	});

	it('accepts ids and Russian labels as well as the form’s labels', () => {
		expect(entry({ category: 'confectionery', 'delivery-modes': 'Самовывоз, kazpost' }).data).toMatchObject({
			category: 'confectionery',
			deliveryModes: ['pickup', 'kazpost'],
		});
	});
});

describe('issueToEntry reports what the validator cannot see', () => {
	it('an owner who did not tick the consent', () => {
		const { problems } = issueToEntry(readAnswers(issueBody({ ...bakery, consent: '- [ ] Мәліметтер шын' })), vocabularies, photos, dates);
		expect(problems.map((problem) => problem.field)).toEqual(['consent']);
	});

	it('a product pointing to a photo that was not attached', () => {
		const { problems } = issueToEntry(
			readAnswers(issueBody({ ...bakery, products: 'Нан | 200 | дана | бар | 1 | 5' })),
			vocabularies,
			photos,
			dates,
		);
		expect(problems).toEqual([
			{
				field: 'products[0].photo',
				kk: '1-өнім 5-суретті көрсетеді, бірақ 2 ғана сурет тіркелген.',
				en: 'Product 1 points to photo 5, but only 2 photos are attached.',
			},
		]);
	});
});

describe('photoLinks finds the attached photos', () => {
	it('in Markdown and HTML, in the order they were attached', () => {
		expect(photoLinks(bakery.photos)).toEqual({
			photos: [
				{ url: 'https://github.com/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f70', alt: 'IMG_2041' },
				{ url: 'https://github.com/user-attachments/assets/7c1d2e3f-2222-4a5b-8c9d-0e1f2a3b4c5d', alt: 'Тандыр нан' },
			],
			problems: [],
		});
	});

	it.each([
		['a link to another site', '![нан](https://example.com/nan.jpg)'],
		['a javascript: link', '<img src="javascript:alert(1)">'],
		['a path on this machine', '![нан](file:///etc/passwd)'],
	])('refuses %s and says why', (_, answer) => {
		const { photos, problems } = photoLinks(answer);
		expect(photos).toEqual([]);
		expect(problems.map((problem) => problem.field)).toEqual(['photos']);
	});

	it('takes at most 12', () => {
		const answer = Array.from(
			{ length: 14 },
			(_, n) => `![${n}](https://github.com/user-attachments/assets/0b8e3f2a-1111-4c2b-9d2e-${String(n).padStart(12, '0')})`,
		).join('\n');
		expect(photoLinks(answer).photos).toHaveLength(12);
	});

	it.each([
		['IMG_2041', 'Дәмді: 1-сурет'],
		['image', 'Дәмді: 1-сурет'],
		['photo.jpeg', 'Дәмді: 1-сурет'],
		['Тандыр пеші', 'Тандыр пеші'],
	])('alt «%s» becomes «%s»', (alt, expected) => expect(photoAlt({ url: '', alt }, 'Дәмді', 1)).toBe(expected));
});

describe('attachmentUrl takes only the addresses GitHub gives attached files', () => {
	const id = '0b8e3f2a-1111-4c2b-9d2e-2f3c4d5e6f70';
	it.each([`https://github.com/user-attachments/assets/${id}`, `https://user-images.githubusercontent.com/1234567/987654321-${id}.png`])(
		'%s',
		(address) => expect(attachmentUrl(address)?.href).toBe(address),
	);

	it.each([
		['a ../ path to another repository', `https://github.com/user-attachments/assets/../../someone/repo/raw/main/x.jpg`],
		['a %2e%2e path', `https://github.com/user-attachments/assets/%2e%2e/%2e%2e/someone/repo/raw/main/x.jpg`],
		['a %2E%2E path', `https://github.com/user-attachments/assets/%2E%2E/${id}`],
		['a ../ that leads back to the same shape', `https://github.com/user-attachments/assets/x/../${id}`],
		['a backslash', `https://github.com\\user-attachments/assets/${id}`],
		['an encoded slash', `https://github.com/user-attachments/assets/${id}%2F..%2F..`],
		['another repository’s assets', `https://github.com/someone/repo/assets/1234567/${id}`],
		['a look-alike host', `https://github.com.evil.example/user-attachments/assets/${id}`],
		['a user name that hides the host', `https://github.com@evil.example/user-attachments/assets/${id}`],
		['a port', `https://github.com:8443/user-attachments/assets/${id}`],
		['plain http', `http://github.com/user-attachments/assets/${id}`],
		['a query', `https://github.com/user-attachments/assets/${id}?redirect=https://evil.example`],
		['a fragment', `https://github.com/user-attachments/assets/${id}#x`],
		['capital letters GitHub never writes', `https://GitHub.com/user-attachments/assets/${id}`],
		['a tab inside', `https://github.com/user-attachments/assets/\t${id}`],
		['no id', 'https://github.com/user-attachments/assets/'],
		['a file of the machine', 'file:///etc/passwd'],
	])('refuses %s', (_, address) => expect(attachmentUrl(address)).toBeUndefined());

	const from = new URL(`https://github.com/user-attachments/assets/${id}`);
	it.each([
		['GitHub’s file storage', 'https://github-production-user-asset-6210df.s3.amazonaws.com/1/2-x.png?X-Amz-Signature=a', true],
		['private attachments', 'https://private-user-images.githubusercontent.com/1/2-x.png?jwt=a', true],
		['another attachment address', `https://github.com/user-attachments/assets/${id}`, true],
		['another host', 'https://evil.example/x.png', false],
		['a page on github.com', '/someone/repo/raw/main/x.png', false],
		['a look-alike host', 'https://objects.githubusercontent.com.evil.example/x', false],
		['plain http', 'http://objects.githubusercontent.com/x', false],
		['no address at all', null, false],
	])('a redirect to %s is followed: %s', (_, location, followed) => expect(redirectTarget(from, location) !== undefined).toBe(followed));
});

describe('photoExtension reads the image kind from the bytes, not the name', () => {
	it.each([
		['a JPEG', [0xff, 0xd8, 0xff, 0xe0], 'jpg'],
		['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
		['a WebP', [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')], 'webp'],
		['an SVG', [...Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">')], undefined],
		['an HTML page', [...Buffer.from('<!doctype html>')], undefined],
		['nothing', [], undefined],
	])('%s', (_, bytes, extension) => expect(photoExtension(Uint8Array.from(bytes))).toBe(extension));
});

describe('the form and the parser agree', () => {
	it('every field has its own label, so every answer has one heading', () => {
		const labels = formFields.map((field) => field.label);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('every term of every offered vocabulary reads back as its id', () => {
		const { data } = issueToEntry(
			readAnswers(
				issueBody({
					...bakery,
					'delivery-areas': Object.values(vocabularies['delivery-areas'])
						.map((term) => `${term.kk} / ${term.en}`)
						.join(', '),
				}),
			),
			vocabularies,
			photos,
			dates,
		);
		expect(data['deliveryAreas']).toEqual(Object.keys(vocabularies['delivery-areas']));
	});

	it('the heading of a field is found even with spaces after it', () => {
		expect(readAnswers(`### ${label('owner')}  \n\nАйгүл`)['owner']).toBe('Айгүл');
	});
});
