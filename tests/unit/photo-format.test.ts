import { describe, expect, it } from 'vitest';
import { photoFilePattern } from '../../src/entry/photo-rules';
import { photoExtensionPattern, photoExtensions, photoFormat, photoMimeTypes } from '../../src/lib/photo-format';

describe('the one table of photo formats', () => {
	it('names every accepted extension and media type once', () => {
		expect(photoExtensions).toEqual(['jpg', 'jpeg', 'png', 'webp']);
		expect(photoMimeTypes).toEqual(['image/jpeg', 'image/png', 'image/webp']);
	});

	it.each([
		['shop.jpg', true],
		['shop.JPEG', true],
		['shop.webp', true],
		['shop.gif', false],
		['shop.jpg.svg', false],
	])('a photo file name %s is accepted: %s', (name, accepted) => {
		expect(new RegExp(`${photoExtensionPattern}$`, 'i').test(name)).toBe(accepted);
		expect(photoFilePattern.test(name)).toBe(accepted);
	});

	it('tells a format from its bytes, never its name', () => {
		expect(photoFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
		expect(photoFormat(new TextEncoder().encode('GIF89a'))?.extension).toBeUndefined();
	});
});
