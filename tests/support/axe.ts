/** Accessibility checks with axe-core, run inside the page, reported in words a person can act on. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The parts of an axe violation worth printing. */
export interface Violation {
	id: string;
	impact?: string | null | undefined;
	help: string;
	helpUrl: string;
	nodes: { target: unknown[]; failureSummary?: string | undefined }[];
}

/** Runs axe-core on the page as it is now and returns its violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
	await page.evaluate(axe.source);
	return page.evaluate(async () => {
		const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
			id,
			impact,
			help,
			helpUrl,
			nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
		}));
	});
}

/** Enough elements to find the pattern; a card repeated on a grid would otherwise list every copy. */
const shownElements = 5;

/** One block per violation: rule, impact, what it asks, and the elements that break it. */
export function formatViolations(violations: Violation[]): string {
	return violations
		.map(({ id, impact, help, helpUrl, nodes }) => {
			const elements = nodes
				.slice(0, shownElements)
				.map(({ target, failureSummary }) => `  - ${target.map(String).join(' > ')}${summary(failureSummary)}`);
			const more = nodes.length > shownElements ? [`  … and ${nodes.length - shownElements} more elements`] : [];
			return [`${id} (${impact ?? 'unknown impact'}): ${help}`, `  ${helpUrl}`, ...elements, ...more].join('\n');
		})
		.join('\n');
}

/** axe's advice for one element, on one line. */
function summary(failureSummary: string | undefined): string {
	return failureSummary
		? `: ${failureSummary
				.split('\n')
				.slice(1)
				.map((line) => line.trim())
				.join('; ')}`
		: '';
}
