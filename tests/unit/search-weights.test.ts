import { describe, expect, it } from 'vitest';
import type { Business } from '../../src/data/catalogue';
import { businessSections, productSections } from '../../src/data/search';

/** The parts of a business its search sections read, as an entry would hold them. */
const business = {
	id: 'aqbala-plastik',
	body: 'Ақбала бөтелкелерді жинайды.',
	data: {
		name: { kk: '«Ақбала» пластик', ru: '«Акбала» пластик', en: 'Aqbala plastic' },
		owner: 'Ақбала Шүйіншәлі',
		summary: { kk: 'Бөтелкеден бұйымдар', ru: 'Изделия из бутылок', en: 'Goods from bottles' },
		category: 'crafts',
		village: 'aiteke-bi',
		deliveryAreas: ['aral'],
		products: [
			{ name: { kk: 'Гүлзар', ru: 'Клумба', en: 'Flower bed' }, description: { kk: 'Бөтелкеден', ru: 'Из бутылок', en: 'Of bottles' } },
		],
	},
} as unknown as Business;

describe('the weights a page is found by', () => {
	const weightOf = (sections: ReturnType<typeof businessSections>, text: string) =>
		sections.filter(({ texts }) => texts.includes(text)).map(({ weight }) => weight);

	it('put a producer’s own name above its owner, and both above its products and its story', () => {
		const sections = businessSections(business);
		const [name] = weightOf(sections, '«Ақбала» пластик');
		const [owner] = weightOf(sections, 'Ақбала Шүйіншәлі');
		const [product] = weightOf(sections, 'Гүлзар');
		expect(name).toBeGreaterThan(owner!);
		expect(owner).toBeGreaterThan(product!);
		expect(Math.max(...sections.map(({ weight }) => weight))).toBe(name);
	});

	it('put a product page’s own name above the business that makes it', () => {
		const product = { ...business.data.products[0], slug: 'gulzar', business } as unknown as Parameters<typeof productSections>[0];
		const sections = productSections(product);
		expect(weightOf(sections, 'Гүлзар')[0]).toBeGreaterThan(weightOf(sections, '«Ақбала» пластик')[0]!);
	});
});
