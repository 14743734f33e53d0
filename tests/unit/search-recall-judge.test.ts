import { describe, expect, it } from 'vitest';
import { answersOf, namedWords, recallByKind, type Outcome, type Query } from '../search/recall';

describe('on a synthetic catalogue, the producers that answer a query', () => {
	const lookalikes = {
		of: { 'kok-balyq-15': 'kokserke-balyq-tsehy', 'aq-tort-3': 'aru-torttary', 'nur-atelesi-4': 'asem-atelesi' },
		village: { 'kok-balyq-15': 'basykara', 'aq-tort-3': 'kazaly', 'nur-atelesi-4': 'kumzhiek' },
		sells: { 'kok-balyq-15': ['сазан'], 'aq-tort-3': ['бал торты'], 'nur-atelesi-4': ['шұлық', 'шапан'] },
	};

	it('are those it expects and their look-alikes, which sell the same products', () => {
		expect([...answersOf({ q: 'балық', expect: ['kokserke-balyq-tsehy'], kind: 'exact' }, lookalikes)]).toEqual([
			'kokserke-balyq-tsehy',
			'kok-balyq-15',
		]);
	});

	it('are for a name its own producer alone', () => {
		expect([...answersOf({ q: 'Көксерке', expect: ['kokserke-balyq-tsehy'], kind: 'name' }, lookalikes)]).toEqual(['kokserke-balyq-tsehy']);
	});

	it('are for one word also the look-alikes given that product, in any word of its synonym group', () => {
		const socks = (q: string) => [...answersOf({ q, expect: ['shuaq-toqyma-sheberhanasy'], kind: 'russian-word' }, lookalikes)];
		expect(socks('носки')).toEqual(['shuaq-toqyma-sheberhanasy', 'nur-atelesi-4']);
		expect(socks('шулык')).toEqual(['shuaq-toqyma-sheberhanasy', 'nur-atelesi-4']);
		// A typo is read as what it means; a query of more words asks more than the product.
		expect([...answersOf({ q: 'нсоки', means: 'носки', expect: ['shuaq-toqyma-sheberhanasy'], kind: 'typo' }, lookalikes)]).toEqual([
			'shuaq-toqyma-sheberhanasy',
			'nur-atelesi-4',
		]);
		expect(socks('нсоки')).toEqual(['shuaq-toqyma-sheberhanasy']);
		expect(socks('носки Күмжиек')).toEqual(['shuaq-toqyma-sheberhanasy']);
		// A whole word only: «бал» «honey» is not «бал торты» «honey cake».
		expect([...answersOf({ q: 'бал', expect: ['qazaly-tattileri'], kind: 'exact' }, lookalikes)]).toEqual(['qazaly-tattileri']);
	});

	it('are for a village named alone every producer there', () => {
		const query: Query = { q: 'Басықара', expect: ['aq-dastarqan'], kind: 'place', in: 'basykara' };
		expect([...answersOf(query, lookalikes)]).toEqual(['aq-dastarqan', 'kok-balyq-15']);
	});

	it('name the synonyms of a word as a Russian keyboard types them', () => {
		expect(namedWords('Носки', [['шұлық', 'носки', 'socks']])).toEqual(['носки', 'шулык', 'носки', 'socks']);
		expect(namedWords('торт', [['шұлық', 'носки', 'socks']])).toEqual(['торт']);
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
