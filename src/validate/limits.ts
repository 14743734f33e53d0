/** The sizes an entry must stay within; the messages quote them, so change them here only. */
export const limits = {
	// A front matter of honest fields is a few KB; anything near this is a mistake or an attack on the parser.
	frontMatterBytes: 64 * 1024,
	// A phone camera's JPEG is 2–5 MB; larger files slow the build and the repository for nothing.
	photoBytes: 8 * 1024 * 1024,
	// Beyond 6000 px a side sharp needs hundreds of MB to resize, and the site never shows more than 1600 px.
	photoMaxSide: 6000,
	// Below 400 px a card photo looks blurred on a phone.
	photoMinWidth: 400,
	// No entry was listed or checked before the catalogue existed: an earlier date is a typo (2016 for 2026).
	earliestDate: '2020-01-01',
	// The longest sample story is under 2 KB; a story the size of a pamphlet is still far below this, and a 6 MB one
	// would become three 6 MB pages.
	storyBytes: 32 * 1024,
	// A paragraph may be one line (the issue form writes it so); a page-long paragraph fits, a megabyte line does not.
	lineLength: 4000,
	// The longest honest run without a space is a web address; anything longer is there to break the layout or the parser.
	wordLength: 300,
	// Honest stories nest two or three levels; the compiler's output grows with the square of the depth (1000 levels
	// make 8 MB of code), and ten thousand took the validator down.
	nestingDepth: 8,
	// An entry's .zip for `npm run import`: index.mdx, two translations, 12 photos and one per product (at most 60),
	// and the two folders; more members than that is not an entry.
	archiveMembers: 80,
	// Twenty phone photos of 8 MB each: what an honest entry can weigh, unpacked; a zip bomb stops here.
	archiveBytes: 160 * 1024 * 1024,
};
