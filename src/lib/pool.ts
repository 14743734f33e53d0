/**
 * Runs `work` on every item with at most `limit` of them under way at once, and resolves when all are done; the
 * first failure rejects. For work that waits on other threads (image encoding): enough to keep the cores busy,
 * never thousands of images in memory at once.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
