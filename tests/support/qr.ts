/** Reading the QR codes of the built site as a phone would: the SVG rasterised by sharp, decoded by jsQR. */
import jsQR from 'jsqr';
import sharp from 'sharp';

/** Decodes a QR code drawn as SVG; undefined when no code is found. */
export async function decodeSvgQr(svg: string, width = 400): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(svg))
		.resize(width, width, { kernel: 'nearest' })
		.flatten({ background: '#fff' })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** The dark modules of a QR SVG drawn as `M<x> <y>h1v1h-1z` squares, and the code's size with its quiet zone. */
function modules(svg: string): { size: number; dark: Set<string> } {
	const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
	const dark = new Set([...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((match) => `${match[1]},${match[2]}`));
	return { size, dark };
}

const levels = { 0b01: 'L', 0b00: 'M', 0b11: 'Q', 0b10: 'H' } as const;

/**
 * The error correction level written in a QR code's format information (ISO/IEC 18004 §7.9): the 15 bits beside the
 * top-left finder pattern, unmasked with 101010000010010; the first two bits are the level.
 */
export function errorCorrection(svg: string, quietZone = 4): 'L' | 'M' | 'Q' | 'H' {
	const { dark } = modules(svg);
	const at = (row: number, column: number) => (dark.has(`${column + quietZone},${row + quietZone}`) ? 1 : 0);
	// Bits 14..0: along row 8 (columns 0-5, 7, 8), then up column 8 (rows 7, 5-0); the timing module at 6 is skipped.
	const cells = [
		[8, 0],
		[8, 1],
		[8, 2],
		[8, 3],
		[8, 4],
		[8, 5],
		[8, 7],
		[8, 8],
		[7, 8],
		[5, 8],
		[4, 8],
		[3, 8],
		[2, 8],
		[1, 8],
		[0, 8],
	];
	const bits = cells.reduce((value, [row, column]) => (value << 1) | at(row!, column!), 0) ^ 0b101010000010010;
	return levels[(bits >> 13) as keyof typeof levels];
}
