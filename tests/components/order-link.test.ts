import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import OrderLink from '../../src/components/OrderLink.astro';
import type { Product } from '../../src/data/catalogue';
import { pageLocals } from '../../src/i18n/page-locals';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** A product of a producer with the given contacts, as a card in the given language folder shows it. */
function render(contacts: Record<string, string>, path = '/producers/') {
	const product = {
		name: { kk: 'Бауырсақ', ru: 'Баурсаки' },
		unit: 'kg',
		price: 1500,
		slug: 'bauyrsaq',
		business: { id: 'damdi', data: { contacts, payments: ['cash', 'kaspi'] } },
	} as unknown as Product;
	return container.renderToString(OrderLink, {
		props: { product },
		request: new Request(`https://example.kz${path}`),
		locals: pageLocals(path),
	});
}

/** The href of the first link in some HTML, decoded as a browser would read it. */
function firstHref(html: string): URL {
	return new URL(html.match(/href="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
}

describe('OrderLink', () => {
	it('opens WhatsApp with the order written in the page’s language, naming the product page', async () => {
		const href = firstHref(await render({ whatsapp: '7000000001', phone: '7000000002' }, '/ru/producers/'));
		expect(href.href).toMatch(/^https:\/\/wa\.me\/77000000001\?text=/);
		expect(href.searchParams.get('text')).toContain('Хочу заказать «\u2068Баурсаки\u2069»');
		expect(href.searchParams.get('text')).toContain('https://example.kz/ru/producers/damdi/bauyrsaq/');
	});

	it('is named for screen readers by the product it orders and where it leads', async () =>
		expect((await render({ whatsapp: '7000000001' }, '/ru/producers/')).replace(/<[^>]+>/g, '')).toContain('Заказать, WhatsApp: Баурсаки'));

	it('offers a call instead when the producer has no WhatsApp', async () => {
		const html = await render({ phone: '7243800001' });
		expect(html).toContain('href="tel:+77243800001"');
		expect(html).toContain('Қоңырау шалу');
		expect(html).not.toContain('wa.me');
	});

	it('shows how the producer takes payment beside the button', async () =>
		expect(await render({ whatsapp: '7000000001' }, '/en/producers/')).toContain('Payment: Cash, Kaspi transfer'));

	it('shows no order button for a producer with neither WhatsApp nor a phone', async () =>
		expect((await render({ telegram: 'damdi_nan' })).trim()).toBe(''));
});
