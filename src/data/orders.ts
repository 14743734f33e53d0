import { useTranslations } from '../i18n';
import { type Locale, inLocale } from '../lib/locale';
import { orderMessage } from '../lib/order';
import { absoluteUrl, localePath, paths } from '../lib/paths';
import { label } from '../schemas/vocabulary';
import type { Product } from './catalogue';

/** The message that orders a product on WhatsApp, in a language, with the product page's address on `site`. */
export function orderText(product: Product, locale: Locale, site: URL): string {
	const t = useTranslations(locale);
	const url = absoluteUrl(localePath(locale, paths.product(product.business.id, product.slug)), site);
	const order = { product: inLocale(product.name, locale), unit: label('units', product.unit, locale), price: product.price, url };
	return orderMessage(order, locale, (values) => t('order.message', values));
}

/** How a producer takes payment, as one line in a language: «Payment: Cash, Kaspi transfer». */
export function paymentsLine(product: Product, locale: Locale): string {
	const methods = product.business.data.payments.map((id) => label('paymentMethods', id, locale));
	return useTranslations(locale)('order.payments', { methods: methods.join(', ') });
}
