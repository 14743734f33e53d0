import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/lib/locale';
import { orderMessage } from '../../src/lib/order';
import { whatsappHref } from '../../src/lib/phone';

const order = { product: 'Бөтелке 1 л', unit: 'дана', price: 1200, url: 'https://kazaly.example/producers/aqbala-plastik/botelke-1-l/' };

/** The text a buyer finds typed in WhatsApp when the link opens. */
function sent(locale: Locale, unit = order.unit): { number: string; text: string } {
	const t = useTranslations(locale);
	const url = new URL(
		whatsappHref(
			'7000000001',
			orderMessage({ ...order, unit }, locale, (values) => t('order.message', values)),
		),
	);
	expect(url.origin).toBe('https://wa.me');
	return { number: url.pathname, text: url.searchParams.get('text') ?? '' };
}

describe('a WhatsApp order', () => {
	it('opens a chat with the producer’s number, digits only', () => expect(sent('kk').number).toBe('/77000000001'));

	it.each([
		[
			'kk',
			'дана',
			'Сәлеметсіз бе! «\u2068Бөтелке 1 л\u2069» өніміне тапсырыс бергім келеді.\nСаны: ___ дана (бағасы 1\u00a0200\u00a0₸ / дана)\n',
		],
		['ru', 'шт.', 'Здравствуйте! Хочу заказать «\u2068Бөтелке 1 л\u2069».\nКоличество: ___ шт. (цена 1\u00a0200\u00a0₸ / шт.)\n'],
		['en', 'piece', 'Hello! I would like to order “\u2068Бөтелке 1 л\u2069”.\nQuantity: ___ piece (price ₸1,200 per piece)\n'],
	] as const)('in %s names the product, a quantity to fill in, the unit and the price', (locale, unit, text) =>
		expect(sent(locale, unit).text).toBe(text + order.url),
	);

	it('ends with the product page’s address, whole, so the producer can open it', () =>
		expect(sent('ru').text.split('\n').at(-1)).toBe(order.url));
});
