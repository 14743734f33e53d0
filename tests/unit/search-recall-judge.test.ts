import { describe, expect, it } from 'vitest';
import { answersOf, recallByKind, type Outcome } from '../search/recall';

describe('on a synthetic catalogue, the producers that answer a query', () => {
	const lookalikes = { 'kok-balyq-15': 'kokserke-balyq-tsehy', 'aq-tort-3': 'aru-torttary' };

	it('are those it expects and their look-alikes, which sell the same products', () => {
		expect([...answersOf({ q: 'балық', expect: ['kokserke-balyq-tsehy'], kind: 'exact' }, lookalikes)]).toEqual([
			'kokserke-balyq-tsehy',
			'kok-balyq-15',
		]);
	});

	it('are for a name its own producer alone', () => {
		expect([...answersOf({ q: 'Көксерке', expect: ['kokserke-balyq-tsehy'], kind: 'name' }, lookalikes)]).toEqual(['kokserke-balyq-tsehy']);
	});

	it('count a look-alike in recall only when the look-alikes are given', () => {
		const outcome: Outcome = {
			q: 'балық',
			expect: ['kokserke-balyq-tsehy'],
			kind: 'exact',
			status: '',
			top: [{ href: '/producers/kok-balyq-15/', title: '', lines: [] }],
		};
		const exact = (rows: ReturnType<typeof recallByKind>) => rows.find(({ kind }) => kind === 'exact')!;
		expect(exact(recallByKind([outcome])).recall).toBe(0);
		expect(exact(recallByKind([outcome], lookalikes))).toMatchObject({ recall: 1, first: 1 });
	});
});
