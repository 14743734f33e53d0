import { describe, expect, it } from 'vitest';
import { growth, median, medianRun, versusFloor } from '../../scripts/bench/compare.mjs';

const build = (wallSeconds: number, cpuSeconds: number, peakTreeMB: number) => ({ wallSeconds, cpuSeconds, peakTreeMB });

describe('median', () => {
	it('takes the middle of an odd count and the mean of the two middle values of an even one', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([40, 10, 30, 20])).toBe(25);
	});

	it('skips missing values and has no median of nothing', () => {
		expect(median([undefined, 12, Number.NaN])).toBe(12);
		expect(median([])).toBeUndefined();
	});
});

describe('medianRun', () => {
	it('takes the median of each figure on its own, and counts the runs', () => {
		expect(medianRun([build(60, 100, 2000), build(50, 120, 1800), build(70, 90, 1900)])).toEqual({ runs: 3, ...build(60, 100, 1900) });
	});
});

describe('versusFloor', () => {
	it('divides each of our figures by the floor’s', () => {
		expect(versusFloor(build(120, 200, 2100), build(30, 80, 1400))).toEqual({ wallSeconds: 4, cpuSeconds: 2.5, peakTreeMB: 1.5 });
	});

	it('leaves a ratio out when the floor has no figure', () => {
		expect(versusFloor(build(120, 200, 2100), { wallSeconds: 0, peakTreeMB: 1000 })).toEqual({
			wallSeconds: undefined,
			cpuSeconds: undefined,
			peakTreeMB: 2.1,
		});
	});
});

describe('growth', () => {
	it('is 1 per producer when a figure grows as the catalogue does, and above 1 when it grows faster', () => {
		const sizes = [
			{ producers: 1000, ours: build(100, 200, 2000), floor: build(30, 60, 1000) },
			{ producers: 100, ours: build(10, 20, 1000), floor: build(3, 6, 500) },
		];
		expect(growth(sizes)).toEqual([
			{
				from: 100,
				to: 1000,
				ours: { wallSeconds: 1, cpuSeconds: 1, peakTreeMB: 0.2 },
				floor: { wallSeconds: 1, cpuSeconds: 1, peakTreeMB: 0.2 },
			},
		]);
	});

	it('has one step per pair of neighbouring sizes, smallest first', () => {
		const size = (producers: number, wall: number) => ({ producers, ours: build(wall, wall, wall), floor: build(1, 1, 1) });
		const steps = growth([size(10_000, 2400), size(100, 10), size(1000, 120)]);
		expect(steps.map(({ from, to }) => [from, to])).toEqual([
			[100, 1000],
			[1000, 10_000],
		]);
		expect(steps.map(({ ours }) => ours.wallSeconds)).toEqual([1.2, 2]);
	});

	it('has no steps for a single size', () => {
		expect(growth([{ producers: 1000, ours: build(1, 1, 1), floor: build(1, 1, 1) }])).toEqual([]);
	});
});
