import { describe, expect, it } from 'vitest';
import { eachLimited } from '../../src/lib/pool.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachLimited', () => {
	it('does every item, never more than the limit at once', async () => {
		let running = 0;
		let most = 0;
		const done: number[] = [];
		await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
			most = Math.max(most, ++running);
			await tick();
			done.push(item);
			running--;
		});
		expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(most).toBe(3);
	});

	it('rejects with the first failure', async () => {
		await expect(eachLimited([1, 2], 2, (item) => (item === 2 ? Promise.reject(new Error('card 2')) : Promise.resolve()))).rejects.toThrow(
			'card 2',
		);
	});

	it('does nothing for no items', async () => {
		await expect(eachLimited([], 4, () => Promise.reject(new Error('called')))).resolves.toBeUndefined();
	});
});
