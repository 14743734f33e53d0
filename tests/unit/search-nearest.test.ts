import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestKeys, oneEditAway } from '../../src/lib/search/nearest';

describe('the edit distance counts the mistakes phones make as one each', () => {
	it.each([
		['botelk', 'botelk', 0],
		['botek', 'botelk', 1], // a letter missing
		['botellk', 'botelk', 1], // a letter extra
		['botalk', 'botelk', 1], // a letter wrong
		['bteolk', 'botelk', 2],
		['nuabaihana', 'naubaihana', 1], // two neighbours swapped
		['kazmol', 'kamzol', 1],
		['arbus', 'arbuz', 1],
		['', 'nan', 3],
	])('editDistance(%s, %s) = %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

	it('stops counting past the limit', () => expect(editDistance('tekemet', 'shubat', 1)).toBe(2));
});

describe('a word may be as many edits from a known key as its length allows', () => {
	it.each([
		['нан', 0],
		['торт', 0],
		['арбус', 1],
		['бутылак', 1],
		['наубайхна', 2],
		['кондитеская', 2],
	])('%s: %i', (word, edits) => expect(allowedEdits(word)).toBe(edits));
});

describe('the nearest known keys', () => {
	const vocabulary = ['tort', 'botelk', 'naubaihana', 'arbuz', 'arbuzn', 'karbiz'];

	it('are found within the allowed edits, closest first', () => expect(nearestKeys('arbus', vocabulary, 1)).toEqual(['arbuz']));

	it('prefer the key listed first among equals', () => expect(nearestKeys('arbuzm', vocabulary, 1)).toEqual(['arbuz', 'arbuzn']));

	it('prefer a key with the same first letter among equals', () =>
		expect(nearestKeys('btelke', ['atele', 'botelk'], 2)).toEqual(['botelk', 'atele']));

	it('leave out the key itself', () => expect(nearestKeys('tort', vocabulary, 1)).toEqual([]));

	it('are none for a word too short to correct', () => expect(nearestKeys('tor', vocabulary, 0)).toEqual([]));

	it('are none when nothing is near', () => expect(nearestKeys('shubat', vocabulary, 2)).toEqual([]));
});

describe('the spellings one edit from a word', () => {
	const spellings = oneEditAway('tort');

	it('replace, remove, add or swap one letter', () => {
		expect(spellings).toEqual(expect.arrayContaining(['tart', 'tor', 'ttort', 'tortt', 'otrt', 'trot']));
		expect(spellings.every((spelling) => editDistance('tort', spelling) === 1)).toBe(true);
	});

	it('leave out the word itself and repeat nothing', () => {
		expect(spellings).not.toContain('tort');
		expect(new Set(spellings).size).toBe(spellings.length);
	});
});
