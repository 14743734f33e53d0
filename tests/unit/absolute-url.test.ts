import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/paths.ts';

describe('absoluteUrl', () => {
	it.each([
		['/producers/aqbala-plastik/', 'https://kazaly-showcase.example.kz', 'https://kazaly-showcase.example.kz/producers/aqbala-plastik/'],
		[
			'/ru/producers/aqbala-plastik/',
			'https://kazaly-showcase.example.kz/',
			'https://kazaly-showcase.example.kz/ru/producers/aqbala-plastik/',
		],
		[
			'/kazaly-showcase/producers/aqbala-plastik/',
			'https://owner.github.io/kazaly-showcase/',
			'https://owner.github.io/kazaly-showcase/producers/aqbala-plastik/',
		],
		[
			'/kazaly-showcase/producers/aqbala-plastik.vcf',
			'https://owner.github.io',
			'https://owner.github.io/kazaly-showcase/producers/aqbala-plastik.vcf',
		],
		[
			'/producers/aqbala-plastik/?from=qr#top',
			'https://kazaly-showcase.example.kz',
			'https://kazaly-showcase.example.kz/producers/aqbala-plastik/',
		],
	])('absoluteUrl(%s, %s) = %s', (path, site, url) => expect(absoluteUrl(path, site)).toBe(url));
});
