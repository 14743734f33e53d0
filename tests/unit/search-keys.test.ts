import { describe, expect, it } from 'vitest';
import { foldWord, searchKeys, stemKey } from '../../src/lib/search/keys';
import { toSlug } from '../../src/lib/slug';

describe('inflected Kazakh forms share the key of their stem', () => {
	it.each([
		['бөтелкелер', 'бөтелке'],
		['бөтелкені', 'бөтелке'],
		['бөтелкелерді', 'бөтелке'],
		['бөтелкеге', 'бөтелке'],
		['бөтелкесінде', 'бөтелке'],
		['наубайханасы', 'наубайхана'],
		['наубайханада', 'наубайхана'],
		['наубайханадан', 'наубайхана'],
		['наубайханасынан', 'наубайхана'],
		['наубайханалар', 'наубайхана'],
		['наубайханасын', 'наубайхана'],
		['бөтелкесін', 'бөтелке'],
		['өндірісі', 'өндіріс'],
		['өндірісімен', 'өндіріс'],
		['өндірісте', 'өндіріс'],
		['қазаны', 'қазан'],
		['қазанның', 'қазан'],
		['тасы', 'тас'],
		['наны', 'нан'],
		['тойы', 'той'],
		['жылқылар', 'жылқы'],
		['оюлар', 'ою'],
		['киізден', 'киіз'],
		['тағамдары', 'тағам'],
		['жастар', 'жас'],
		['тортты', 'торт'],
		['торттар', 'торт'],
		['тортқа', 'торт'],
		['тәттілер', 'тәтті'],
		['тәттілерді', 'тәтті'],
		['қымызы', 'қымыз'],
		['қымыздың', 'қымыз'],
		['кілемдер', 'кілем'],
		['қолөнерші', 'қолөнер'],
		['балықтар', 'балық'],
		['балықшы', 'балық'],
		['балығы', 'балық'],
		['нандар', 'нан'],
		['нанның', 'нан'],
		['наннан', 'нан'],
		['нанмен', 'нан'],
		['құрттар', 'құрт'],
		['сүті', 'сүт'],
		['сүттен', 'сүт'],
		['етті', 'ет'],
		['тауы', 'тау'],
		['тауда', 'тау'],
		['кондитерлік', 'кондитер'],
		['пластикалық', 'пластик'],
		['кондитерлер', 'кондитер'],
		['кәсіпкерлер', 'кәсіпкер'],
		['кітабы', 'кітап'],
		['Қазалыда', 'Қазалы'],
		['Қазалыдағы', 'Қазалы'],
		['Байқоңырға', 'Байқоңыр'],
		['Өркендеуде', 'Өркендеу'],
		['Аралға', 'Арал'],
		['шұбаттың', 'шұбат'],
	])('%s -> the key of %s', (form, stem) => expect(stemKey(form)).toBe(stemKey(stem)));
});

describe('Russian-layout typing meets the proper spelling', () => {
	it.each([
		['ботелке', 'бөтелке'],
		['ботелкелер', 'бөтелкелер'],
		['таттилер', 'тәттілер'],
		['колонер', 'қолөнер'],
		['кымыз', 'қымыз'],
		['килем', 'кілем'],
		['балык', 'балық'],
		['курт', 'құрт'],
		['шубат', 'шұбат'],
		['Казалы', 'Қазалы'],
		['Оркендеу', 'Өркендеу'],
		['Кумжиек', 'Күмжиек'],
		['Кызылорда', 'Қызылорда'],
		['кондитерлик', 'кондитерлік'],
		['тенге', 'теңге'],
		['ковер', 'ковёр'],
	])('%s = %s', (typed, proper) => expect(stemKey(typed)).toBe(stemKey(proper)));
});

describe('Latin, official and informal, meets Cyrillic', () => {
	it.each([
		['bötelke', 'бөтелке'],
		['botelke', 'бөтелке'],
		['boetelke', 'бөтелке'],
		['bötelkeler', 'бөтелке'],
		['tätti', 'тәтті'],
		['tatti', 'тәтті'],
		['tati', 'тәтті'],
		['tattiler', 'тәттілер'],
		['qolöner', 'қолөнер'],
		['koloner', 'қолөнер'],
		['qurt', 'құрт'],
		['kurt', 'құрт'],
		['nan', 'нан'],
		['şūbat', 'шұбат'],
		['shubat', 'шұбат'],
		["s'ubat", 'шұбат'],
		['qymyz', 'қымыз'],
		['kymyz', 'қымыз'],
		['balyq', 'балық'],
		['balyğy', 'балығы'],
		['balyghy', 'балығы'],
		['naubaihana', 'наубайхана'],
		['naubayhana', 'наубайхана'],
		['Qazaly', 'Қазалы'],
		['Kazaly', 'Қазалы'],
		['Qyzylorda', 'Қызылорда'],
		['Kyzylorda', 'Қызылорда'],
		['Kumzhiek', 'Күмжиек'],
		['teñge', 'теңге'],
		['tenge', 'теңге'],
		['taw', 'тау'],
		["ta'tti", 'тәтті'],
		['kılem', 'кілем'],
		['KİLEM', 'кілем'],
		['çay', 'чай'],
		['chai', 'чай'],
	])('%s = %s', (latin, cyrillic) => expect(stemKey(latin)).toBe(stemKey(cyrillic)));
});

describe('names in every spelling', () => {
	it.each([
		['Шуйиншали', 'Шүйіншәлі'],
		['Shüiinşäli', 'Шүйіншәлі'],
		['Shuiinshali', 'Шүйіншәлі'],
		['Shuinshali', 'Шүйіншәлі'],
		['Shuyinshali', 'Шүйіншәлі'],
		['Айтеке', 'Әйтеке'],
		['Äiteke', 'Әйтеке'],
		['Aiteke', 'Әйтеке'],
		['Ayteke', 'Әйтеке'],
		['Байконыр', 'Байқоңыр'],
		['Baiqoñyr', 'Байқоңыр'],
		['Baikonyr', 'Байқоңыр'],
		['Baikonur', 'Байконур'],
		['Aqbala', 'Ақбала'],
		['Акбала', 'Ақбала'],
	])('%s = %s', (spelling, name) => expect(stemKey(spelling)).toBe(stemKey(name)));

	it('reads «Айтеке-Би» and «Aiteke bi» as the two words of «Әйтеке би»', () => {
		expect(searchKeys('Айтеке-Би')).toEqual(searchKeys('Әйтеке би'));
		expect(searchKeys('Aiteke bi')).toEqual(searchKeys('Әйтеке би'));
	});
});

describe('look-alike letters pasted from elsewhere', () => {
	it.each([
		['Əйтеке', 'Әйтеке'], // Latin schwa for ә
		['Əiteke', 'Әйтеке'],
		['бөтeлкe', 'бөтелке'], // Latin e
		['Hан', 'нан'], // Latin H reads as Н, not h
		['нaн', 'нан'], // Latin a
		['кiлем', 'кілем'], // Latin i for і
		['botеlke', 'botelke'], // Cyrillic е inside a Latin word
		['Тort', 'tort'], // Cyrillic Т inside a Latin word
		['pыба', 'рыба'], // Latin p reads as р
		['xан', 'хан'], // Latin x reads as х
		['ｂｏｔｅｌｋｅ', 'бөтелке'], // full-width Latin from an East Asian keyboard
	])('%s = %s', (pasted, meant) => expect(stemKey(pasted)).toBe(stemKey(meant)));
});

describe('Russian inflection, where it is cheap', () => {
	it.each([
		['тортом', 'торт'],
		['тортами', 'торт'],
		['тортов', 'торт'],
		['пластиковая', 'пластик'],
		['пластиковые', 'пластиковых'],
		['бутылки', 'бутылка'],
		['бутылку', 'бутылка'],
		['бутылкой', 'бутылка'],
		['бутылками', 'бутылка'],
		['лепёшки', 'лепешка'],
		['лепёшкой', 'лепешка'],
		['упаковки', 'упаковка'],
		['Казалинске', 'Казалинск'],
	])('%s = %s', (form, stem) => expect(stemKey(form)).toBe(stemKey(stem)));
});

describe('short and different words keep their own keys', () => {
	it.each([
		['нан', 'nan'],
		['нар', 'nar'],
		['на', 'na'],
		['тау', 'tau'],
		['ет', 'et'],
		['бал', 'bal'],
		['бала', 'bala'],
		['балық', 'balik'],
		['құрт', 'kurt'],
		['торт', 'tort'],
		['қымыз', 'kimiz'],
		['бөтелке', 'botelk'],
		['наубайхана', 'naubaihana'],
		['кондитер', 'konditer'],
		['Әйтеке', 'aitek'],
		['ана', 'ana'],
		['ата', 'ata'],
		['той', 'toi'],
		['жүн', 'jun'],
	])('%s -> %s', (word, key) => expect(stemKey(word)).toBe(key));

	it.each([
		['нан', 'нар'],
		['нан', 'на'],
		['бал', 'балық'],
		['бал', 'бала'],
		['балалар', 'бал'],
		['жылқы', 'жыл'],
		['торт', 'тор'],
		['сүт', 'сүз'],
		['құрт', 'құс'],
		['аққу', 'ақ'],
		['адам', 'ада'],
		['қазан', 'қаз'],
		['тау', 'таз'],
		['кондитер', 'кон'],
		['Байқоңыр', 'Байконур'], // the Russian name is a synonym, not a spelling
		// A Russian ending, or an ending stacked on another, must not cut a word to three letters.
		['Kazakh', 'қазы'],
		['Казах', 'қазы'],
		['тығын', 'тік'],
		['тығынды', 'тік'],
		['кумыс', 'кум'],
	])('%s differs from %s', (a, b) => expect(stemKey(a)).not.toBe(stemKey(b)));
});

describe('foldWord', () => {
	it.each([
		['Бөтелкелерді', 'botelkelerdi'],
		['Шүйіншәлі', 'shuiinshali'],
		['Қызылорда', 'kizilorda'],
		['Жосалы', 'josali'],
		['Kumzhiek', 'kumjiek'],
		['ғажап', 'gajap'],
		['ghajap', 'gajap'],
		['Khan', 'han'],
		['щи', 'shshi'],
		['цех', 'tseh'],
		['юрта', 'iurta'],
		['ясли', 'iasli'],
		['съезд', 'sezd'],
	])('%s -> %s', (word, skeleton) => expect(foldWord(word)).toBe(skeleton));
});

describe('searchKeys', () => {
	it('gives one key per word, in order, without repeats', () => {
		expect(searchKeys('Бөтелке, бөтелкелер және БОТЕЛКЕ: botelke!')).toEqual(['botelk', 'jane']);
	});

	it('splits hyphenated words', () => {
		expect(searchKeys('құрал-жабдықтар')).toEqual([stemKey('құрал'), stemKey('жабдық')]);
	});

	it('keeps numbers and drops words it cannot fold', () => {
		expect(searchKeys('1 литр 中文 🍞')).toEqual(['1', 'litr']);
	});

	it('gives nothing for empty text', () => expect(searchKeys(' — ')).toEqual([]));

	it('reads decomposed letters (NFD) like composed ones', () => {
		expect(searchKeys('Байқоңыр'.normalize('NFD'))).toEqual(searchKeys('Байқоңыр'));
	});

	it('gives only plain ASCII letters and digits, which Pagefind keeps as one word each', () => {
		const text =
			'Ақбала Шүйіншәлі пластикалық бөтелке өндірісімен айналысады. Небольшое производство пластиковых ' +
			'бутылок в посёлке Айтеке-Би. Äiteke bi, Qazaly; şūbat, qymyz — «Дәмді» наубайханасы! Ərik ŋ ç ß ǵ 2026ж.';
		const keys = searchKeys(text);
		expect(keys.length).toBeGreaterThan(15);
		for (const key of keys) expect(key).toMatch(/^[a-z0-9]+$/);
	});
});

describe('slugs still use the same transliteration', () => {
	it.each([
		['Әйтеке би', 'aiteke-bi'],
		['Қазалы', 'qazaly'],
		['«Дәмді» наубайханасы', 'damdi-naubaihanasy'],
		['Əiteke bi', 'aiteke-bi'],
	])('toSlug(%s) = %s', (name, slug) => expect(toSlug(name)).toBe(slug));
});
