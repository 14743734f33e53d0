/** A small bakery's answers, as the submit form and `npm run new` record them: one fixture for the tests of both. */
import type { InputField } from '../../src/entry/entry-input';

/** The bakery's fields, its cover photo under the given file name. */
export function bakeryFields(cover: string): InputField[] {
	return [
		{ path: 'name.kk', kind: 'text', value: 'Сәуле наубайханасы' },
		{ path: 'owner', kind: 'text', value: 'Гүлнар Сейітова' },
		{ path: 'summary.kk', kind: 'text', value: 'Тандыр наны: таңертең ыстық.' },
		{ path: 'category', kind: 'text', value: 'bakery' },
		{ path: 'village', kind: 'text', value: 'aiteke-bi' },
		{ path: 'since', kind: 'whole', value: '2021' },
		{ path: 'deliveryAreas', kind: 'list', value: ['district', 'aral'] },
		{ path: 'deliveryModes', kind: 'list', value: ['pickup'] },
		{ path: 'payments', kind: 'list', value: ['cash'] },
		{ path: 'contacts.whatsapp', kind: 'phone', value: '8 (700) 000-00-05' },
		{ path: 'photos.0.src', kind: 'photo', value: cover },
		{ path: 'photos.0.alt.kk', kind: 'text', value: 'Тандыр' },
		{ path: 'products.0.name.kk', kind: 'text', value: 'Тандыр нан' },
		{ path: 'products.0.price', kind: 'whole', value: '1 200' },
		{ path: 'products.0.unit', kind: 'text', value: 'piece' },
		{ path: 'products.0.availability', kind: 'text', value: 'in-stock' },
		{ path: 'products.0.photo', kind: 'photo', value: 'nan.jpg' },
	];
}
