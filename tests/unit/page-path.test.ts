import { describe, expect, it } from 'vitest';
import { pagePath } from '../../src/lib/paths.ts';

describe('pagePath', () => {
	it.each([
		['/products/', 1, '/products/'],
		['/products/', 2, '/products/2/'],
		['/categories/bakery/', 12, '/categories/bakery/12/'],
	])('pagePath(%s, %i) = %s', (path, n, expected) => expect(pagePath(path, n)).toBe(expected));
});
