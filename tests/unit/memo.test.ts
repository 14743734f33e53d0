import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { memoize } from '../../src/lib/memo';

describe('memoize', () => {
	it('makes each key once and serves it again, undefined included', () => {
		const made: string[] = [];
		const upper = memoize((key: string) => (made.push(key), key === 'none' ? undefined : key.toUpperCase()));
		expect([upper('kk'), upper('ru'), upper('kk'), upper('none'), upper('none')]).toEqual(['KK', 'RU', 'KK', undefined, undefined]);
		expect(made).toEqual(['kk', 'ru', 'none']);
	});

	it('tells objects apart by the key it is given, so equal options of two photos stay two', () => {
		const made: string[] = [];
		const photo = memoize(
			({ name, width }: { name: string; width: number }) => (made.push(`${name}@${width}`), `${name}-${width}.webp`),
			({ name, width }) => `${name} ${width}`,
		);
		expect([photo({ name: 'nan', width: 480 }), photo({ name: 'nan', width: 480 }), photo({ name: 'tort', width: 480 })]).toEqual([
			'nan-480.webp',
			'nan-480.webp',
			'tort-480.webp',
		]);
		expect(made).toEqual(['nan@480', 'tort@480']);
	});

	it('gives every page of a language the same translator, still filling its values', () => {
		expect(useTranslations('ru')).toBe(useTranslations('ru'));
		expect(useTranslations('ru')).not.toBe(useTranslations('kk'));
		expect(useTranslations('en')('profile.since', { year: '2019' })).toContain('2019');
	});
});
