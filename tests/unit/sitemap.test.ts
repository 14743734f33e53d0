import { describe, expect, it } from 'vitest';
import { isPage } from '../../src/integrations/sitemap';

const redirects = ['/producers/old-name/', '/ru/producers/old-name/'];

describe('what the sitemap lists', () => {
	it.each([
		['/producers/aqbala-plastik/', true],
		['/ru/', true],
		['/producers/old-name/', false],
		['/ru/producers/old-name/', false],
		['/data/catalogue.json', false],
		['/404.html', false],
	])('%s: %s', (path, listed) => expect(isPage(path, redirects)).toBe(listed));
});
