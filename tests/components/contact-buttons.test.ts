import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ContactButtons from '../../src/components/ContactButtons.astro';
import { pageLocals } from '../../src/i18n/page-locals';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

/** Renders the buttons as a page in the given language folder would. */
function render(contacts: Record<string, string>, path = '/producers/x/') {
	return container.renderToString(ContactButtons, {
		props: { contacts, message: 'Сәлеметсіз бе! Торт керек.' },
		request: new Request(`https://example.kz${path}`),
		// The container runs no middleware: give the component the locals src/middleware.ts would set.
		locals: pageLocals(path),
	});
}

describe('ContactButtons', () => {
	it('opens WhatsApp with the prefilled message', async () => {
		const html = await render({ whatsapp: '7000000001' });
		const href = html.match(/href="(https:\/\/wa\.me\/[^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
		expect(href).toMatch(/^https:\/\/wa\.me\/77000000001\?text=/);
		expect(new URL(href!).searchParams.get('text')).toBe('Сәлеметсіз бе! Торт керек.');
	});

	it('shows the phone in the local habit and calls it in international form', async () => {
		const html = await render({ phone: '7243800001' });
		expect(html).toContain('href="tel:+77243800001"');
		expect(html).toContain('+7 72438 00001');
	});

	it('links Telegram and Instagram by user name', async () => {
		const html = await render({ telegram: 'damdi_nan', instagram: 'damdi.nan' });
		expect(html).toContain('href="https://t.me/damdi_nan"');
		expect(html).toContain('href="https://www.instagram.com/damdi.nan/"');
	});

	it('shows no button for a contact the producer did not give', async () => {
		const html = await render({ whatsapp: '7000000001' });
		expect(html).not.toContain('tel:');
		expect(html).not.toContain('t.me');
	});

	it('speaks the language of the page', async () => {
		expect(await render({ phone: '7000000001' }, '/ru/producers/x/')).toContain('Позвонить');
		expect(await render({ phone: '7000000001' }, '/producers/x/')).toContain('Қоңырау шалу');
	});
});
