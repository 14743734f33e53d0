import { describe, expect, it } from 'vitest';
import { templateFormatter } from '../../src/lib/template';

const minutes = { one: '{count} минута', few: '{count} минуты', many: '{count} минут', other: '{count} минуты' };
const days = { '=0': 'Ready the same day', one: '{count} day', other: '{count} days' };

describe('templateFormatter', () => {
	const plain = templateFormatter('en');

	it('fills every placeholder by name, however often it appears', () => {
		expect(plain('{unit}: {count} {unit}', { count: 5, unit: 'kg' })).toBe('kg: 5 kg');
	});

	it('leaves a placeholder with no value as written, so the gap shows', () => {
		expect(plain('From {place} to {to}', { place: 'Арал' })).toBe('From Арал to {to}');
	});

	it('takes a value as text, with no $ patterns and no second round of placeholders', () => {
		expect(plain('Nothing for «{query}»', { query: '$& {count}' })).toBe('Nothing for «$& {count}»');
	});

	it('writes numbers with the formatter it is given, and plainly without one', () => {
		const grouped = templateFormatter('ru', (value) => value.toLocaleString('ru'));
		expect(grouped('{count} ₸', { count: 1200 })).toBe('1\u00a0200 ₸');
		expect(plain('{count}', { count: 1200 })).toBe('1200');
	});

	it.each([
		['ru', 1, '1 минута'],
		['ru', 3, '3 минуты'],
		['ru', 5, '5 минут'],
		['ru', 21, '21 минута'],
		['ru', 1.5, '1.5 минуты'],
	])('in %s, %d takes its plural form: %s', (tag, count, text) => {
		expect(templateFormatter(tag)(minutes, { count })).toBe(text);
	});

	it.each([
		[1, 'бір күн'],
		[4, '4 күн'],
		[21, '21 күн'],
	])('in kk, %d reads %s', (count, text) => {
		expect(templateFormatter('kk')({ one: 'бір күн', other: '{count} күн' }, { count })).toBe(text);
	});

	it.each([
		[1, '1 day'],
		[4, '4 days'],
	])('in en, %d reads %s', (count, text) => {
		expect(plain(days, { count })).toBe(text);
	});

	it('prefers an exact form to the plural category', () => {
		expect(plain(days, { count: 0 })).toBe('Ready the same day');
	});

	it('falls back to the other form when the language has no form of its own for the category', () => {
		expect(templateFormatter('ru')({ other: '{count} шт.' }, { count: 2 })).toBe('2 шт.');
	});
});
