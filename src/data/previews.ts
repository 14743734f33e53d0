import type { ImageMetadata } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { useTranslations } from '../i18n';
import { inLocale } from '../lib/locale';
import { formatTenge } from '../lib/money';
import { paths } from '../lib/paths';
import { eachLimited } from '../lib/pool';
import type { PreviewCard } from '../lib/preview-card';
import { label } from '../schemas/vocabulary';
import { type Business, type Product, getBusinesses, productsOf } from './catalogue';
import { photoPanel, previewFonts, renderCard } from './preview-render';
import { site } from './site';

/** One link-preview image: its published path (paths.preview), what it says, and the photo file beside the words. */
interface Preview {
	path: string;
	card: PreviewCard;
	photo?: string | undefined;
}

// Cards are one per page, not one per page and language: a link is shared across languages, and 1,000 producers
// would otherwise cost three times the images. Kazakh is the entries' own language, the one every name has.
const t = useTranslations('kk');
const kicker = (business: Business) =>
	`${label('categories', business.data.category, 'kk')} · ${label('places', business.data.village, 'kk')}`;
// Astro keeps the photo's file on its metadata, unlisted; a build without it draws the plain panel.
const coverFile = (business: Business) => (business.data.photos[0]?.src as (ImageMetadata & { fsPath?: string }) | undefined)?.fsPath;

function producerPreview(business: Business): Preview {
	const card = { title: business.data.name.kk, kicker: kicker(business), byline: business.data.owner, site: site.name.kk };
	return { path: paths.preview(business.id), card, photo: coverFile(business) };
}

function productPreview(product: Product): Preview {
	const { business } = product;
	const price = t('product.per', { price: formatTenge(product.price, 'kk'), unit: label('units', product.unit, 'kk') });
	const card = { title: product.name.kk, kicker: kicker(business), byline: business.data.name.kk, price, site: site.name.kk };
	return { path: paths.preview(business.id, product.slug), card, photo: coverFile(business) };
}

/** The card of every page that has none of its own: the site's name, headline and address on the theme's colours. */
function sitePreview(): Preview {
	const card = {
		title: site.name.kk,
		kicker: site.district.kk,
		byline: inLocale(site.headline, 'kk'),
		site: new URL(import.meta.env.SITE).host,
	};
	return { path: paths.preview(), card };
}

/** Every preview of the site: the site's own, then each producer's and each of its products'. */
export async function previews(): Promise<Preview[]> {
	const businesses = await getBusinesses();
	return [sitePreview(), ...businesses.flatMap((business) => [producerPreview(business), ...productsOf(business).map(productPreview)])];
}

// Under Astro's cache folder, so that a warm build (CI restores node_modules/.astro) redraws only what changed.
const cacheDir = join(process.cwd(), 'node_modules/.astro/previews');
const sha = (...parts: (string | Buffer)[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');

/** What every card's look depends on besides its words and photo: the drawing code, the fonts and the theme. */
const drawing = () =>
	sha(
		...['src/lib/preview-card.ts', 'src/data/preview-render.ts', 'src/styles/global.css'].map((file) =>
			readFileSync(join(process.cwd(), file)),
		),
		...previewFonts.map(({ file }) => readFileSync(file)),
	);

let drawn: Promise<Map<string, string>> | undefined;

/**
 * Draws every card once per build, a few at a time, and gives each published path its file in the cache. A card's
 * file is named by the hash of all it depends on, so an unchanged card is never drawn twice; files no card names
 * any more are removed.
 */
function drawAll(): Promise<Map<string, string>> {
	drawn ??= (async () => {
		mkdirSync(cacheDir, { recursive: true });
		const look = drawing();
		const photoHashes = new Map<string, string>();
		const panels = new Map<string, Promise<string>>();
		const files = new Map<string, string>();
		await eachLimited(await previews(), availableParallelism() + 1, async ({ path, card, photo }) => {
			if (photo && !photoHashes.has(photo)) photoHashes.set(photo, sha(readFileSync(photo)));
			const file = join(cacheDir, `${sha(look, JSON.stringify(card), photo ? photoHashes.get(photo)! : '')}.png`);
			files.set(path, file);
			if (existsSync(file)) return;
			// Products share their producer's cover: it is cut once.
			if (photo && !panels.has(photo)) panels.set(photo, photoPanel(photo));
			writeFileSync(file, await renderCard({ ...card, photo: photo && (await panels.get(photo)) }));
		});
		// Cards of entries since changed or removed would pile up in a cache that CI keeps from run to run.
		const kept = new Set([...files.values()].map((file) => basename(file)));
		for (const name of readdirSync(cacheDir)) if (!kept.has(name)) rmSync(join(cacheDir, name));
		return files;
	})();
	return drawn;
}

/** The PNG published at a preview's path. */
export async function previewPng(path: string): Promise<Buffer> {
	const file = (await drawAll()).get(path);
	if (!file)
		throw new Error(`No link preview is made for ${path}; paths.preview names those of the site, its producers and their products.`);
	return readFileSync(file);
}
