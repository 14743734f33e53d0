import { type Locale, isolated } from './locale.ts';
import { formatTenge } from './money.ts';

/** One product as a buyer orders it, in the words of the page's language. */
export interface Order {
	/** The product's name in the page's language. */
	product: string;
	/** The label of the unit the price is for: «кг», «дана». */
	unit: string;
	/** Whole tenge for one unit. */
	price: number;
	/** The product page's absolute address, so the producer sees at once what is meant. */
	url: string;
}

/** The dictionary's order template with its values filled in: (values) => t('order.message', values). */
export type OrderTemplate = (values: Record<string, string>) => string;

/** The message a buyer sends to order a product: the template of the page's language, filled with the order's facts. */
export function orderMessage(order: Order, locale: Locale, template: OrderTemplate): string {
	// The name is contributed text set inside our sentence: isolated, so a name written right to left keeps the words in order.
	return template({ product: isolated(order.product), unit: order.unit, price: formatTenge(order.price, locale), url: order.url });
}
