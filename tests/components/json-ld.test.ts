import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import JsonLd from '../../src/components/JsonLd.astro';
import { jsonForScript } from '../../src/lib/json-script';
import { parseHtml } from '../support/html';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** A business name an untrusted entry could carry, meant to end the script and start another. */
const hostile = { '@type': 'LocalBusiness', name: '</script><script>alert(1)</script> & «Дәмді» <!--' };

describe('JSON-LD in a page', () => {
	it('a name with </script> stays inside the one data script', async () => {
		const document = parseHtml(await container.renderToString(JsonLd, { props: { data: hostile } }));
		const scripts = document.querySelectorAll('script');
		expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
		expect(JSON.parse(scripts[0]!.text)).toEqual(hostile);
	});

	it('writes no < or > at all, so no HTML parser sees a tag in it', () => {
		expect(jsonForScript(hostile)).not.toMatch(/[<>]/);
	});

	it('reads back as the same value', () => {
		const value = { a: 'line\u2028separator', b: [1, 'x & y'] };
		expect(JSON.parse(jsonForScript(value))).toEqual(value);
	});
});
