import { encode } from 'uqr';

/**
 * A QR code as an inline SVG, one path of one-unit squares: it scales to any print size without blur.
 * Error correction is at least M (15 % of the code may be lost: a fold, a smudge, a glare on a stand card) and is
 * raised as far as the code's size allows. The quiet zone is the four modules the standard asks for.
 */
export function qrSvg(text: string): string {
	const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: 4 });
	let path = '';
	data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" aria-hidden="true"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
