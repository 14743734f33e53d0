import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { archiveMember } from '../src/entry/entry-archive.ts';
import { limits } from '../src/validate/limits.ts';

/**
 * Reads an entry's .zip as untrusted input, member by member from the central directory (yauzl, which also gives
 * each member's file type): one entry folder and nothing outside it, plain files only, within the sizes in
 * src/validate/limits.ts, counted while inflating so that a member lying about its size stops there.
 */

/** A member the .zip may not hold, named, with what is wrong in Kazakh and English. */
export class ArchiveError extends Error {
	readonly member: string;
	readonly kk: string;
	readonly en: string;

	constructor(member: string, kk: string, en: string) {
		super(`${member ? `${member}: ` : ''}${kk} / ${en}`);
		this.member = member;
		this.kk = kk;
		this.en = en;
	}
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** What is wrong with a member's name, by the rule of src/lib/entry-archive.ts it breaks. */
const nameRules = {
	absolute: [
		'Толық жол: атау жазба бумасынан басталуы керек',
		'An absolute path: names start with the entry folder, e.g. saule-nan/index.mdx',
	],
	backslash: [
		'Атауда кері қиғаш сызық (\\) бар: бумалар / арқылы бөлінеді',
		'A backslash (\\) in the name: folders in a .zip are separated by /',
	],
	outside: ['Атау жазба бумасынан шығады (. немесе ..)', 'The name leads out of the entry folder (. or ..)'],
	slug: [
		'Жоғарғы бума жазбаның атауы емес (латын кіші әріптері, цифрлар, сызықша)',
		'The top folder is not an entry slug: Latin lowercase letters, digits and hyphens, e.g. saule-nan/',
	],
	unexpected: [
		'Жазба бумасында мұндай файл болмайды',
		'Not a file of an entry folder: index.mdx, index.ru.mdx, index.en.mdx or photos/<name>.jpg, .png, .webp (Latin letters, digits, - _ .)',
	],
} as const;

/** The file type in a member's external attributes (Unix mode in the high 16 bits); 0 when the zip did not say. */
const fileType = (attributes: number) => (attributes >>> 16) & 0o170000;
const [regular, directory, link] = [0o100000, 0o040000, 0o120000];

/** The entry's slug and its files, relative to the entry folder (index.mdx, photos/nan.jpg), as their bytes. */
export async function readEntryZip(path: string): Promise<{ slug: string; files: Map<string, Buffer> }> {
	let zip: yauzl.ZipFile;
	try {
		// Names are read as bytes and judged here: yauzl's own check would stop with a message naming no rule of ours.
		zip = await yauzl.openPromise(path, { decodeStrings: false, validateEntrySizes: true, strictFileNames: false });
	} catch (error) {
		throw new ArchiveError('', 'Бұл .zip файл емес немесе ол бүлінген', `Not a .zip file, or a damaged one (${(error as Error).message})`);
	}
	try {
		if (zip.entryCount > limits.archiveMembers)
			throw new ArchiveError(
				'',
				`Файлдар тым көп: ${zip.entryCount}, ең көбі ${limits.archiveMembers}`,
				`Too many members: ${zip.entryCount}, at most ${limits.archiveMembers}`,
			);
		const files = new Map<string, Buffer>();
		const seen = new Set<string>();
		let slug: string | undefined;
		let total = 0;
		for await (const entry of zip.eachEntry()) {
			const name = entry.fileNameRaw.toString('utf8');
			const member = archiveMember(name);
			if ('problem' in member) throw new ArchiveError(name, nameRules[member.problem][0], nameRules[member.problem][1]);
			if (slug !== undefined && member.slug !== slug)
				throw new ArchiveError(
					name,
					`Екінші бума: бір .zip ішінде бір жазба ғана (${slug}/)`,
					`A second folder: a .zip holds one entry folder, ${slug}/`,
				);
			slug = member.slug;
			// Case folded: on macOS and Windows NAN.jpg and nan.jpg are one file, and the second would replace the first.
			const key = name.replace(/\/$/, '').toLowerCase();
			if (seen.has(key)) throw new ArchiveError(name, 'Бұл атау .zip ішінде екі рет бар', 'The same name twice in the .zip');
			seen.add(key);
			const type = fileType(entry.externalFileAttributes);
			if (type === link)
				throw new ArchiveError(
					name,
					'Бұл сілтеме (symlink): тек қарапайым файлдар қабылданады',
					'A symbolic link: only plain files are accepted',
				);
			if (type !== 0 && type !== (member.folder ? directory : regular))
				throw new ArchiveError(name, 'Қарапайым файл емес', 'Not a plain file or folder');
			if (entry.isEncrypted())
				throw new ArchiveError(
					name,
					'Құпиясөзбен қорғалған: .zip файлын құпиясөзсіз жіберіңіз',
					'Encrypted: make the .zip without a password',
				);
			if (member.folder) continue;
			if (entry.uncompressedSize > limits.photoBytes) throw tooBig(name, entry.uncompressedSize);
			total += entry.uncompressedSize;
			if (total > limits.archiveBytes)
				throw new ArchiveError(
					name,
					`Барлығы ашқанда ${limits.archiveBytes / 1024 / 1024} MB-тан асады`,
					`Unpacked, the files come to more than ${mb(limits.archiveBytes)}`,
				);
			files.set(member.relative, await inflate(await zip.openReadStreamPromise(entry), name, entry.uncompressedSize));
		}
		if (slug === undefined || !files.has('index.mdx'))
			throw new ArchiveError(
				slug ? `${slug}/index.mdx` : '',
				'Жазба файлы (index.mdx) жоқ',
				'No entry in the .zip: <slug>/index.mdx is missing',
			);
		return { slug, files };
	} finally {
		zip.close();
	}
}

function tooBig(name: string, bytes: number): ArchiveError {
	return new ArchiveError(
		name,
		`Файл тым үлкен: ${mb(bytes)}, ең көбі ${mb(limits.photoBytes)}`,
		`Too big: ${mb(bytes)} unpacked, at most ${mb(limits.photoBytes)}`,
	);
}

/** A member's bytes, stopped as soon as they pass what its header declared (which is within the limit). */
function inflate(stream: Readable, name: string, declared: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const bigger = () =>
			new ArchiveError(
				name,
				'Ашқанда .zip айтқаннан үлкен болып шықты',
				`Unpacks to more than the .zip declares (${declared} bytes): a damaged file or a zip bomb`,
			);
		stream.on('data', (chunk: Buffer) => {
			size += chunk.length;
			chunks.push(chunk);
			if (size <= declared) return;
			stream.destroy();
			reject(bigger());
		});
		// yauzl counts too, and usually stops first.
		stream.on('error', (error) =>
			reject(
				/too many bytes/.test(error.message)
					? bigger()
					: new ArchiveError(name, 'Файлды ашу мүмкін емес', `Cannot be unpacked: ${error.message}`),
			),
		);
		stream.on('end', () => resolve(Buffer.concat(chunks)));
	});
}
