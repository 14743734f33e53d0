/** The size messengers and search engines show a link preview at (Open Graph's large image). */
export const previewSize = { width: 1200, height: 630 } as const;

/** What one link-preview card says. One card serves a page in every language, so its words are Kazakh. */
export interface PreviewCard {
	/** The producer's or the product's name, or the site's. */
	title: string;
	/** Above the title, in one or two lines: the category and the village. */
	kicker: string;
	/** A line under the title: the producer of a product, or the site's headline. */
	byline?: string | undefined;
	/** The price of a product with its unit: «1 200 ₸ / дана». */
	price?: string | undefined;
	/** At the foot: the site's name, or on the site's own card its address. */
	site: string;
	/** The photo panel as a data URL; without one the panel is a plain colour. */
	photo?: string | undefined;
}

/** The theme colours a card is drawn with, named as in the site's @theme. */
export type Colours = Record<'sand-50' | 'sand-100' | 'ochre-500' | 'ochre-700' | 'river-700' | 'river-900' | 'clay-600' | 'ink', string>;

/** A node of the element tree satori lays out: what JSX would make, without React. */
export interface CardNode {
	type: string;
	props: {
		style?: Record<string, string | number>;
		src?: string;
		width?: number;
		height?: number;
		children?: (CardNode | string)[] | string;
	};
}

/** The width of the photo panel; the text has the rest. */
export const photoWidth = 420;

/**
 * The colours of the site's @theme (src/styles/global.css), so a card cannot drift from the pages:
 * `--color-river-700: #1f5f66;` -> { 'river-700': '#1f5f66' }. Fails when the theme lacks one a card needs.
 */
export function themeColours(css: string): Colours {
	const found = Object.fromEntries(
		[...css.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((match): [string, string] => [match[1]!, match[2]!]),
	);
	const needed: (keyof Colours)[] = ['sand-50', 'sand-100', 'ochre-500', 'ochre-700', 'river-700', 'river-900', 'clay-600', 'ink'];
	const missing = needed.filter((name) => !found[name]);
	if (missing.length)
		throw new Error(
			`The theme in src/styles/global.css has no ${missing.map((name) => `--color-${name}`).join(', ')}; link-preview cards are drawn with them.`,
		);
	return found as Colours;
}

/**
 * The title's size in pixels: a short name large, a long one smaller, so that the 80 letters a name may have fit
 * in three lines of the text column. Measured on Noto Sans Bold, whose letters average about 0.56 em.
 */
export function titleSize(title: string): number {
	const length = [...title].length;
	if (length <= 18) return 76;
	if (length <= 36) return 62;
	if (length <= 56) return 52;
	return 44;
}

const div = (style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
	type: 'div',
	props: { style, children },
});

/** The element tree of a card: the photo (or a coloured panel) at the start, the words beside it. */
export function cardTree(card: PreviewCard, colours: Colours): CardNode {
	const { width, height } = previewSize;
	const panel = card.photo
		? {
				type: 'img',
				props: { src: card.photo, width: photoWidth, height, style: { width: photoWidth, height, flexShrink: 0, objectFit: 'cover' } },
			}
		: div(
				{
					width: photoWidth,
					height,
					flexShrink: 0,
					backgroundColor: colours['river-700'],
					borderInlineEnd: `24px solid ${colours['ochre-500']}`,
				},
				[],
			);
	// Names come from untrusted entries: one long word breaks inside itself, and no text runs past its lines.
	const text = { display: 'block', wordBreak: 'break-word', overflow: 'hidden' };
	const size = titleSize(card.title);
	const words: CardNode[] = [
		div({ ...text, fontSize: 30, fontWeight: 700, lineHeight: 1.2, color: colours['ochre-700'], lineClamp: 2 }, card.kicker),
		div(
			{
				...text,
				marginTop: 16,
				fontSize: size,
				fontWeight: 700,
				lineHeight: 1.12,
				color: colours['river-900'],
				lineClamp: size < 50 ? 4 : 3,
			},
			card.title,
		),
	];
	if (card.byline)
		words.push(div({ ...text, marginTop: 20, fontSize: 32, lineHeight: 1.25, color: colours.ink, lineClamp: 2 }, card.byline));
	if (card.price)
		words.push(div({ ...text, marginTop: 24, fontSize: 48, fontWeight: 700, color: colours['clay-600'], lineClamp: 1 }, card.price));
	return div({ display: 'flex', width, height, backgroundColor: colours['sand-50'], fontFamily: 'Noto Sans latin' }, [
		panel,
		div(
			{
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'space-between',
				boxSizing: 'border-box',
				width: width - photoWidth,
				height,
				padding: '56px 64px',
			},
			[
				div({ display: 'flex', flexDirection: 'column' }, words),
				div(
					{
						...text,
						paddingTop: 20,
						borderTop: `4px solid ${colours['sand-100']}`,
						fontSize: 28,
						fontWeight: 700,
						color: colours['river-700'],
					},
					card.site,
				),
			],
		),
	]);
}
