import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveLayout, archiveMember, archiveName } from '../../src/entry/entry-archive';
import { entryZip } from '../../src/entry/entry-zip';

describe('the member names of an entry .zip', () => {
	it.each([
		['saule/', { slug: 'saule', relative: '', folder: true }],
		['saule/index.mdx', { slug: 'saule', relative: 'index.mdx', folder: false }],
		['saule/index.ru.mdx', { slug: 'saule', relative: 'index.ru.mdx', folder: false }],
		['saule/photos/', { slug: 'saule', relative: 'photos', folder: true }],
		['saule/photos/img-0001.jpg', { slug: 'saule', relative: 'photos/img-0001.jpg', folder: false }],
	])('%s is part of the entry', (name, member) => expect(archiveMember(name)).toEqual(member));

	it.each([
		['/etc/passwd', 'absolute'],
		['C:/Windows/x.mdx', 'absolute'],
		['c:evil.mdx', 'absolute'],
		['saule\\photos\\a.jpg', 'backslash'],
		['saule/../../evil.mdx', 'outside'],
		['../saule/index.mdx', 'outside'],
		['./saule/index.mdx', 'outside'],
		['Saule/index.mdx', 'slug'],
		['__MACOSX/saule/index.mdx', 'slug'],
		['saule/index.uz.mdx', 'unexpected'],
		['saule/script.js', 'unexpected'],
		['saule/photos/logo.svg', 'unexpected'],
		['saule/photos/сурет.jpg', 'unexpected'],
		['saule/photos/deep/a.jpg', 'unexpected'],
		['saule/.DS_Store', 'unexpected'],
		['saule/other/', 'unexpected'],
	])('%s is refused as %s', (name, problem) => expect(archiveMember(name)).toEqual({ problem }));

	it('lays out every name the form writes as a member the import accepts', () => {
		const layout = archiveLayout('saule', new Uint8Array(), new Map([['img-0001.jpg', new Uint8Array()]]));
		expect(layout.map(([name]) => name)).toEqual(['saule/index.mdx', 'saule/photos/img-0001.jpg']);
		expect(layout.map(([name]) => archiveMember(name)).filter((member) => 'problem' in member)).toEqual([]);
	});
});

describe('entryZip', () => {
	it('zips the entry and its photos byte for byte under <slug>/', () => {
		const photo = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
		const files = unzipSync(entryZip('saule', '---\nname: "Сәуле"\n---\n', new Map([['nan.jpg', photo]])));
		expect(Object.keys(files)).toEqual(['saule/index.mdx', 'saule/photos/nan.jpg']);
		expect(strFromU8(files['saule/index.mdx']!)).toBe('---\nname: "Сәуле"\n---\n');
		expect(files['saule/photos/nan.jpg']).toEqual(photo);
	});

	it('names the file by the slug', () => expect(archiveName('saule')).toBe('saule.zip'));
});
