/**
 * A synthetic catalogue for the benchmark: a copy of the project whose content/businesses holds `count`
 * producers: the sample entries themselves and the rest composed from them, with invented Kazakh names,
 * owners and product words and small flat-colour photos of the smallest width the validator accepts
 * (400×300 px, about 1 KB), so the build measures pages and the search index more than image processing.
 * Generated at run time into a temporary folder; never committed.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse, stringify } from 'yaml';
import { toSlug } from '../../src/lib/slug.ts';
import { toLatin } from '../../src/lib/transliterate.ts';
import { entriesDir } from '../../src/validate/content-files.ts';
import { businessKinds, descriptors, firstNames, nameWords, productWords, storySentences, surnames } from './words.mjs';

/** Beside the copy's content: which sample each synthetic producer was composed from (read by the search recall). */
export const lookalikesFile = 'lookalikes.json';
const lookalikesAbout =
	'Each synthetic producer (content/businesses/<slug>): of, the sample it was composed from (it sells the same products with the same keywords, descriptions and delivery areas, so it answers what its sample answers except its name); village, where it is; sells, the Kazakh product words it was given beside its sample\'s.';

const projectItems = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'];

/** Copies the project to `target` with `count` synthetic producers; returns how many entries and products it wrote. */
export async function makeSyntheticProject(project, target, count) {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const item of projectItems) cpSync(join(project, item), join(target, item), { recursive: true });
	linkModules(join(project, 'node_modules'), join(target, 'node_modules'));

	const samples = readEntries(join(project, entriesDir));
	const places = Object.keys(JSON.parse(readFileSync(join(project, 'content/vocabularies/places.json'), 'utf8')));
	// The samples stay: the search's query set must still find them among a thousand look-alikes, and the
	// exhibitions and the featured list name them.
	const folder = join(target, entriesDir);
	const photos = await flatPhotos(48);
	const random = seeded(2026);
	// A look-alike never bears a sample owner's name: a name query must find the one producer it names.
	const taken = new Set(samples.flatMap((sample) => sample.data.owner.split(' ')));
	const names = { first: firstNames.filter((name) => !taken.has(name)), last: surnames.filter((name) => !taken.has(name)) };
	let products = samples.reduce((sum, sample) => sum + sample.data.products.length, 0);
	const lookalikes = { of: {}, village: {}, sells: {} };
	for (let i = 0; i < count - samples.length; i++) {
		const sample = samples[i % samples.length];
		const { slug, data, body, sells } = composeEntry(sample, i, places, names, random);
		lookalikes.of[slug] = sample.slug;
		lookalikes.village[slug] = data.village;
		lookalikes.sells[slug] = sells;
		const dir = join(folder, slug);
		mkdirSync(join(dir, 'photos'), { recursive: true });
		const files = [...data.photos.map(({ src }) => src), ...data.products.map(({ photo }) => photo)];
		files.forEach((file, n) => writeFileSync(join(dir, file), photos[(i * 7 + n) % photos.length]));
		writeFileSync(join(dir, 'index.mdx'), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
		products += data.products.length;
	}
	writeFileSync(join(target, lookalikesFile), `${JSON.stringify({ about: lookalikesAbout, ...lookalikes }, null, '\t')}\n`);
	return { producers: count, products };
}

/**
 * node_modules as links to the project's packages, but with its own .astro and .vite caches: the synthetic
 * build must neither reuse nor fill the project's image cache.
 */
export function linkModules(from, to) {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) if (name !== '.astro' && name !== '.vite') symlinkSync(join(from, name), join(to, name));
}

/** The sample entries: folder name, front matter as data, and the Markdown story. */
function readEntries(folder) {
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap(({ name }) => {
			const text = readFileSync(join(folder, name, 'index.mdx'), 'utf8');
			const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
			return front ? [{ slug: name, data: parse(front), body: body.trim() }] : [];
		});
}

/** One synthetic producer: a sample's shape with a new name, owner, village, product words and story. */
function composeEntry(sample, i, places, names, random) {
	const pick = (list) => list[Math.floor(random() * list.length)];
	const { category } = sample.data;
	const words = productWords[category] ?? Object.values(productWords).flat();
	const title = random() < 0.4 ? `${pick(nameWords)} ${pick(nameWords).toLowerCase()}` : pick(nameWords);
	const kk = `«${title}» ${businessKinds[category] ?? 'кәсібі'}`;
	const owner = `${pick(names.first)} ${pick(names.last)}`;
	const village = pick(places);
	const since = 2005 + Math.floor(random() * 21);
	const sells = [];
	const products = sample.data.products.map((product, n) => {
		const word = pick(words);
		sells.push(word);
		const price = Math.max(10, Math.round((product.price * (0.6 + random() * 0.8)) / 10) * 10);
		return {
			...product,
			name: { ...product.name, kk: `${pick(descriptors)} ${word}` },
			price,
			...(product.wholesale ? { wholesale: { ...product.wholesale, price: Math.max(5, Math.round(price * 0.85)) } } : {}),
			// Each keyword once: the validator refuses a list that repeats a value.
			keywords: { ...product.keywords, kk: [...new Set([word, ...(product.keywords?.kk ?? [])])] },
			photo: `./photos/p${n}.jpg`,
		};
	});
	const data = {
		...sample.data,
		name: { kk, ru: kk, en: toLatin(kk) },
		owner,
		village,
		since,
		jobs: 1 + Math.floor(random() * 12),
		photos: sample.data.photos.map((photo, n) => ({ ...photo, src: `./photos/c${n}.jpg` })),
		products,
		listed: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 660) * 86_400_000).toISOString().slice(0, 10),
		sample: true,
	};
	const fill = (sentence) =>
		sentence.replace('{owner}', owner.split(' ')[0]).replace('{year}', String(since)).replace('{place}', village).replace('{thing}', products[0].name.kk.toLowerCase()).replace('{word}', pick(words));
	const story = [0, 1, 2].map(() => fill(pick(storySentences))).join(' ');
	return { slug: `${toSlug(kk)}-${i + 1}`, data, body: `${story}\n\n${sample.body}`, sells: [...new Set(sells)] };
}

/** A few flat-colour JPEGs, 400×300 px, about 1 KB each. */
function flatPhotos(count) {
	return Promise.all(
		Array.from({ length: count }, (_, n) =>
			sharp({ create: { width: 400, height: 300, channels: 3, background: { r: (n * 53) % 256, g: (n * 97) % 256, b: (n * 151) % 256 } } }).jpeg().toBuffer(),
		),
	);
}

/** A small deterministic random generator (mulberry32), so every run composes the same catalogue. */
function seeded(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
