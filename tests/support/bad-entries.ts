/**
 * The corpus of bad entries in tests/fixtures/bad-entries: one folder per rule (or variant), holding the entry's
 * files, the exact problems it must produce (expected.txt) and, where the case needs more than files, a setup.json.
 * The unit test and the build test both place a fixture into a project with placeFixture.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

export const fixturesDir = new URL('../fixtures/bad-entries/', import.meta.url).pathname;

/** A generated photo: a real image of a size, a file of so many bytes, or bytes given as Latin-1 text. */
type PhotoSpec = { width: number; height: number } | { bytes: number } | { latin1: string };

/** What a case needs beyond its files. */
interface Setup {
	/** The entry's folder name, when it is the point of the case; default: the fixture's name. */
	folder?: string;
	/** Copies of the entry placed beside it under these names. */
	entries?: string[];
	/** Other businesses beside it: folder -> business name, each a copy of the entry under that name. */
	neighbours?: Record<string, string>;
	/** content/redirects.json. */
	redirects?: Record<string, string>;
	/** content/featured.json, as written (a malformed one is a case too). */
	featured?: unknown;
	/** Entry folders on the published main branch that are gone now: the project becomes a git repository. */
	published?: string[];
	/** The allowed components, for rules that only apply to allowed ones (the build has none). */
	components?: Record<string, string[]>;
	/** Bytes of YAML comment added to the front matter, for the size limit. */
	frontMatterPadding?: number;
	/** Photos generated at test time, by path in the entry folder. */
	photos?: Record<string, PhotoSpec>;
	/** A file of the fixture placed in content/exhibitions under its own name, for the exhibition rules. */
	exhibition?: string;
	/** Text added at the end of a file of the entry (default index.mdx), `times` times: a story too big to commit. */
	append?: { file?: string; text: string; times: number };
	/**
	 * Symbolic links made at test time, by path in the project, to a target as written: git keeps links, so a pull
	 * request can bring one, but none is committed here. A file or folder at the path is replaced by the link.
	 */
	links?: Record<string, string>;
	/** The rule the build reports, where it differs from the validator's (the build allows no components). */
	buildRule?: string;
}

export interface Fixture {
	name: string;
	folder: string;
	setup: Setup;
	/** The exact problems, as formatProblems prints them. */
	expected: string;
	/** The rules expected.txt names, in order. */
	rules: string[];
	/**
	 * Whether the build catches it only when it compiles the text (a full build), or already in `astro sync`: the
	 * rules on the text's constructs (body-*) are the compiler's; the text's size and shape (story-*) are measured
	 * before anything is loaded, and a symbolic link stops the build before its configuration reads content/.
	 */
	needsFullBuild: boolean;
}

/** Every fixture, by name. */
export function fixtures(): Fixture[] {
	return readdirSync(fixturesDir, { withFileTypes: true })
		.filter((item) => item.isDirectory())
		.map(({ name }) => {
			const dir = join(fixturesDir, name);
			const setup: Setup = existsSync(join(dir, 'setup.json')) ? JSON.parse(readFileSync(join(dir, 'setup.json'), 'utf8')) : {};
			const expected = existsSync(join(dir, 'expected.txt')) ? readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd() : '';
			const rules = [...expected.matchAll(/\[([a-z0-9-]+)\]$/gm)].map((match) => match[1]!);
			return {
				name,
				folder: setup.folder ?? name,
				setup,
				expected,
				rules,
				needsFullBuild: !setup.links && /^\S+\s+body\s+\[(?!story-)/m.test(expected),
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

let defaultPhoto: Promise<Buffer> | undefined;

/** Places a fixture in a project: its entry folder, generated photos, copies, redirects, exhibition and git history. */
export async function placeFixture(fixture: Fixture, root: string): Promise<void> {
	const businesses = join(root, 'content/businesses');
	const target = join(businesses, fixture.folder);
	mkdirSync(target, { recursive: true });
	const { setup } = fixture;
	const exhibition = setup.exhibition && join(fixturesDir, fixture.name, setup.exhibition);
	cpSync(join(fixturesDir, fixture.name), target, {
		recursive: true,
		filter: (source) => !/(setup\.json|expected\.txt)$/.test(source) && source !== exhibition,
	});
	if (exhibition) cpSync(exhibition, join(root, 'content/exhibitions', setup.exhibition!));
	defaultPhoto ??= sharp({ create: { width: 800, height: 600, channels: 3, background: '#c8a165' } })
		.jpeg()
		.toBuffer();
	write(join(target, 'photos/photo.jpg'), await defaultPhoto);
	if (setup.frontMatterPadding) {
		const index = join(target, 'index.mdx');
		writeFileSync(index, readFileSync(index, 'utf8').replace('---\n', `---\n# ${'x'.repeat(setup.frontMatterPadding)}\n`));
	}
	for (const [path, spec] of Object.entries(setup.photos ?? {})) write(join(target, path), await photo(path, spec));
	if (setup.append) appendFileSync(join(target, setup.append.file ?? 'index.mdx'), `${setup.append.text.repeat(setup.append.times)}\n`);
	for (const name of setup.entries ?? []) cpSync(target, join(businesses, name), { recursive: true });
	for (const [name, title] of Object.entries(setup.neighbours ?? {})) {
		cpSync(target, join(businesses, name), { recursive: true });
		const index = join(businesses, name, 'index.mdx');
		writeFileSync(index, readFileSync(index, 'utf8').replace(/^name: .*$/m, `name: ${JSON.stringify(title)}`));
	}
	if (setup.redirects) writeFileSync(join(root, 'content/redirects.json'), `${JSON.stringify(setup.redirects, null, '\t')}\n`);
	if (setup.featured !== undefined) writeFileSync(join(root, 'content/featured.json'), `${JSON.stringify(setup.featured, null, '\t')}\n`);
	if (setup.published) {
		for (const name of setup.published) cpSync(target, join(businesses, name), { recursive: true });
		const git = (...args: string[]) =>
			execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.kz', ...args], { cwd: root, stdio: 'ignore' });
		git('init', '--quiet', '--initial-branch=main');
		git('add', 'content');
		git('commit', '--quiet', '--no-verify', '-m', 'Published catalogue');
		for (const name of setup.published) rmSync(join(businesses, name), { recursive: true });
	}
	for (const [path, target] of Object.entries(setup.links ?? {})) {
		rmSync(join(root, path), { recursive: true, force: true });
		mkdirSync(dirname(join(root, path)), { recursive: true });
		symlinkSync(target, join(root, path));
	}
}

async function photo(path: string, spec: PhotoSpec): Promise<Buffer> {
	if ('bytes' in spec) return Buffer.alloc(spec.bytes);
	if ('latin1' in spec) return Buffer.from(spec.latin1, 'latin1');
	const image = sharp({ create: { width: spec.width, height: spec.height, channels: 3, background: '#7a9e7e' } });
	return path.endsWith('.png') ? image.png().toBuffer() : image.jpeg().toBuffer();
}

function write(path: string, data: Buffer): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, data);
}
