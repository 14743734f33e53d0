/** The arithmetic of the benchmark: medians of repeated builds, our build against the floor, growth between sizes. */

/** The figures of a build the comparison reads: wall time, CPU time and peak memory of the process tree. */
const figures = ['wallSeconds', 'cpuSeconds', 'peakTreeMB'];

/** The middle value; of an even count, the mean of the two middle ones. Undefined for no values. */
export function median(values) {
	const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return undefined;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Several runs of one build as one: the median of each figure, and how many runs it stands for. */
export function medianRun(runs) {
	return { runs: runs.length, ...Object.fromEntries(figures.map((figure) => [figure, median(runs.map((run) => run[figure]))])) };
}

/** Our build over the floor's, figure by figure: 2 means twice the floor's time or memory. */
export function versusFloor(ours, floor) {
	return Object.fromEntries(figures.map((figure) => [figure, ratio(ours[figure], floor[figure])]));
}

/**
 * How each figure grows from one size to the next, per producer: the figure's ratio divided by the ratio of
 * producers. 1 is linear growth, above 1 each producer costs more in a larger catalogue. `sizes` holds
 * { producers, ours, floor } measurements; the answer has one step per pair of neighbouring sizes.
 */
export function growth(sizes) {
	const sorted = [...sizes].sort((a, b) => a.producers - b.producers);
	return sorted.slice(1).map((to, n) => {
		const from = sorted[n];
		const scale = to.producers / from.producers;
		const perProducer = (build) => Object.fromEntries(figures.map((figure) => [figure, ratio(ratio(to[build][figure], from[build][figure]), scale)]));
		return { from: from.producers, to: to.producers, ours: perProducer('ours'), floor: perProducer('floor') };
	});
}

/** a / b to two decimals; undefined when either is missing or b is zero. */
function ratio(a, b) {
	if (typeof a !== 'number' || typeof b !== 'number' || b === 0) return undefined;
	return Math.round((a / b) * 100) / 100;
}
