import { describe, expect, it } from 'vitest';
import { parse, parseDocument, visit } from 'yaml';
import { entryFromInput, phoneNumber, userName, wholeNumber } from '../../src/entry/entry-input';
import { type EntryData, entryMdx, entryPath, entrySlug, storyMarkdown, yamlString } from '../../src/entry/entry-mdx';
import { draftSchema } from '../../src/entry/draft';

/** A complete entry as the submit form builds it. */
function entry(): EntryData {
	return {
		name: { kk: '«Дәмді» наубайханасы', ru: 'Пекарня «Дамди»' },
		owner: 'Гүлнар Сейітова',
		summary: { kk: 'Тандыр наны: таңертең — ыстық, кешке — арзан.' },
		category: 'bakery',
		village: 'aiteke-bi',
		since: 2021,
		jobs: 3,
		financing: [{ programme: 'auyl-amanaty', year: 2023, amount: 6_900_000, rate: 2.5, purpose: { kk: 'Пеш сатып алынды' } }],
		photos: [{ src: './photos/oven.jpg', alt: { kk: 'Тандыр' } }],
		products: [
			{
				name: { kk: 'Тандыр нан' },
				price: 200,
				unit: 'piece',
				wholesale: { price: 180, from: 50 },
				availability: 'in-stock',
				photo: './photos/nan.jpg',
			},
		],
		deliveryAreas: ['district', 'aral'],
		deliveryModes: ['pickup'],
		payments: ['cash', 'kaspi'],
		contacts: { whatsapp: '+7 700 000 00 01', instagram: 'damdi_nan' },
		listed: '2026-11-01',
		lastChecked: '2026-11-01',
	};
}

/** The front matter of an MDX text, as YAML reads it. */
function frontMatter(mdx: string): unknown {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
	if (!match) throw new Error(`No front matter in:\n${mdx}`);
	return parse(match[1]!);
}

describe('the entry file', () => {
	it('reads back through YAML as exactly the data it was written from', () => expect(frontMatter(entryMdx(entry()))).toEqual(entry()));

	it('is an entry the schema accepts', () => expect(draftSchema.safeParse(frontMatter(entryMdx(entry(), 'Әңгіме.'))).success).toBe(true));

	it('puts the story after the front matter', () =>
		expect(entryMdx(entry(), 'Бірінші.\n\nЕкінші.')).toMatch(/\n---\n\nБірінші\.\n\nЕкінші\.\n$/));

	it('ends at the front matter when there is no story', () => expect(entryMdx(entry())).toMatch(/\n---\n$/));

	it('lives in a folder named by its slug', () =>
		expect(entryPath(entrySlug(entry()))).toBe('content/businesses/damdi-naubaihanasy/index.mdx'));

	it('takes its slug from the Kazakh name, whether plain or localized', () => {
		expect(entrySlug({ name: 'Әйтеке би нан' })).toBe('aiteke-bi-nan');
		expect(entrySlug({ name: { kk: 'Қазалы тәттілері', en: 'Kazaly Sweets' } })).toBe('qazaly-tattileri');
		expect(entrySlug({})).toBe('');
	});
});

describe('strings in the front matter', () => {
	it.each([
		['a colon and a dash', 'Нан: ыстық — таза'],
		['a comment sign', 'No #1 нан'],
		['quotes of every kind', `"қос" 'жалқы' «ангел» “curly”`],
		['a backslash', 'C:\\нан\\'],
		['YAML words', 'yes'],
		['null', 'null'],
		['a tilde', '~'],
		['a number', '2021'],
		['a float', '1e3'],
		['a leading dash', '- тізім емес'],
		['a document marker', '---'],
		['flow characters', '{a: [b, c]}'],
		['an anchor and an alias', '&a *a'],
		['a tag', '!!python/object'],
		['a line break', 'бір\nекі'],
		['a tab', 'бір\tекі'],
		['leading and trailing spaces', '  нан  '],
		['control characters', 'a\u0000b\u0007c\u007fd\u0085e'],
		['line separators', 'a\u2028b\u2029c'],
		['a byte order mark', '\ufeffнан'],
		['an emoji', 'нан 🍞'],
		['a lone surrogate', 'a\ud800b'],
	])('%s survives the round trip', (_, text) => {
		expect(parse(`key: ${yamlString(text)}`)).toEqual({ key: text });
		expect(yamlString(text)).toMatch(/^"[^\n]*"$/);
	});

	it('are always double-quoted', () => {
		const styles = new Set<string>();
		visit(parseDocument(entryMdx(entry()).split('---\n')[1]!), {
			Scalar(key, node) {
				// Keys are the schema's own plain names; values are what people typed.
				if (key !== 'key' && typeof node.value === 'string') styles.add(String(node.type));
			},
		});
		expect([...styles]).toEqual(['QUOTE_DOUBLE']);
	});

	it('leave no anchors, aliases or tags for YAML to act on', () => {
		const yaml = entryMdx({ name: { kk: '&a *a !!binary' }, owner: '*a' });
		expect(parse(yaml.split('---\n')[1]!)).toEqual({ name: { kk: '&a *a !!binary' }, owner: '*a' });
	});
});

describe('the story', () => {
	it.each([
		['braces, which MDX would run', 'Баға {200} теңге', 'Баға \\{200\\} теңге'],
		['angle brackets, which MDX would read as a component', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
		['a line starting with import', 'import нан', '&#105;mport нан'],
		['a line starting with export', 'export to Aral', '&#101;xport to Aral'],
		['a backslash', 'a\\b', 'a\\\\b'],
		['Windows line ends and extra blank lines', 'бір\r\n\r\n\r\n\r\nекі  ', 'бір\n\nекі'],
	])('escapes %s', (_, story, markdown) => expect(storyMarkdown(story)).toBe(markdown));

	it('keeps simple Markdown as written', () =>
		expect(storyMarkdown('**Нан** — _ыстық_.\n\n- бір\n- екі')).toBe('**Нан** — _ыстық_.\n\n- бір\n- екі'));
});

describe('reading what people type', () => {
	it.each([
		['1 200', 1200],
		['1\u00a0200 ₸', 1200],
		['12000', 12000],
		['12 а', '12 а'],
	])('a whole number «%s» -> %s', (typed, value) => expect(wholeNumber(typed)).toBe(value));

	it.each([
		['8 (700) 000-00-01', '+7 700 000 00 01'],
		['87000000001', '+7 700 000 00 01'],
		['+7 72438 0 00 01', '+7 72438 00001'],
		['12345', '12345'],
	])('a phone «%s» -> %s', (typed, value) => expect(phoneNumber(typed)).toBe(value));

	it.each([
		['@damdi_nan', 'damdi_nan'],
		['https://t.me/damdi_nan', 'damdi_nan'],
		['https://www.instagram.com/damdi.nan/?hl=ru', 'damdi.nan'],
	])('a user name «%s» -> %s', (typed, value) => expect(userName(typed)).toBe(value));

	it('makes rows of paths, drops empty answers and orders the keys', () => {
		const data = entryFromInput(
			[
				{ path: 'owner', kind: 'text', value: ' Гүлнар ' },
				{ path: 'name.kk', kind: 'text', value: 'Нан' },
				{ path: 'name.ru', kind: 'text', value: '' },
				{ path: 'products.0.price', kind: 'whole', value: '1 200' },
				{ path: 'products.0.wholesale.price', kind: 'whole', value: '' },
				{ path: 'products.1.name.kk', kind: 'text', value: '' },
				{ path: 'deliveryAreas', kind: 'list', value: ['district'] },
			],
			['name', 'owner'],
		);
		expect(data).toEqual({ name: { kk: 'Нан' }, owner: 'Гүлнар', products: [{ price: 1200 }, {}], deliveryAreas: ['district'] });
		expect(Object.keys(data)).toEqual(['name', 'owner', 'products', 'deliveryAreas']);
	});
});
