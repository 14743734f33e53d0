import { describe, expect, it } from 'vitest';
import { resolveKey, shownWord } from '../../src/lib/search/resolve';

const vocabulary = {
	keys: ['botelk', 'tandir', 'arbuz', 'naubaihana', 'no', 'tort'],
	words: ['бөтелке', 'тандыр', 'арбуз', 'наубайхана', 'no', 'торт'],
};

describe('a typed word is searched by what the index holds', () => {
	it('its own key when the index has it', () =>
		expect(resolveKey('торт', 'tort', vocabulary)).toMatchObject({ match: 'exact', sent: 'tort' }));

	it('its key as a prefix when longer keys begin with it', () =>
		expect(resolveKey('бөтел', 'botel', vocabulary)).toMatchObject({ match: 'prefix', sent: 'botel' }));

	it('its key less an unknown ending of up to two letters', () =>
		expect(resolveKey('тандырная', 'tandirn', vocabulary)).toMatchObject({ match: 'stem', sent: 'tandir' }));

	it('the nearest key of a typo', () =>
		expect(resolveKey('арбус', 'arbus', vocabulary)).toMatchObject({ match: 'corrected', sent: 'arbuz' }));

	it('two edits away when the word has nine letters or more', () =>
		expect(resolveKey('нуабайхна', 'nuabaihna', vocabulary)).toMatchObject({ match: 'corrected', sent: 'naubaihana' }));

	it('never a much shorter key that only begins it', () =>
		expect(resolveKey('Новоказалинск', 'novokazalinsk', vocabulary)).toMatchObject({ match: 'none' }));

	it('nothing for a short word with no match: four letters allow no correction', () =>
		expect(resolveKey('торк', 'tork', vocabulary)).toMatchObject({ match: 'none' }));
});

it('a corrected key is shown as the catalogue writes it', () => expect(shownWord('arbuz', vocabulary)).toBe('арбуз'));

describe('a typo in an ending', () => {
	it('is corrected through the inflected form it is one letter from', () =>
		expect(resolveKey('бөтелкелерлі', 'botelkelerli', vocabulary)).toMatchObject({ match: 'corrected', sent: 'botelk' }));

	it('is not taken for a much shorter word it begins: бөтеке is not ботқа «porridge»', () => {
		const withPorridge = { keys: [...vocabulary.keys, 'bot'], words: [...vocabulary.words, 'ботқа'] };
		expect(resolveKey('бөтеке', 'botek', withPorridge)).toMatchObject({ match: 'corrected', sent: 'botelk' });
	});
});
