/** The benchmark's numbers as a plain-text table, each against its budget from DESIGN.md. */

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label, value, budget = '') => `  ${label.padEnd(44)}${String(value).padStart(14)}  ${budget}`;

/** The lines for one site: producer pages, then the first and a second search. */
function siteLines(title, { producerPages, largestPage, search, build }) {
	const lines = [title];
	if (build) {
		lines.push(row('producers / products', `${build.producers} / ${build.products}`));
		lines.push(row('pages built / indexed (kk, ru, en)', `${build.pages} / ${build.indexedPages}`));
		for (const [label, run] of [['first build, photos processed', build.cold], ['second build, image cache warm', build]]) {
			lines.push(row(`${label}: wall time`, `${run.wallSeconds} s`, run === build ? 'budget: well under 120 s' : ''));
			if (run.cpuSeconds !== undefined) lines.push(row('  CPU time, user + system', `${run.cpuSeconds} s`));
			lines.push(row('  of which Pagefind indexing (wall)', `${run.indexSeconds} s`));
			lines.push(row('  peak memory, whole process tree', `${run.peakTreeMB} MB`));
			if (run.peakProcessMB !== undefined) lines.push(row('  peak memory, largest process', `${run.peakProcessMB} MB`));
			lines.push(row('  load average after (1, 5, 15 min)', run.loadAverage.join(', ')));
		}
	}
	const pages = producerPages;
	lines.push(row('producer pages measured', pages.pages));
	lines.push(row('producer page HTML+CSS gzip, median', kb(pages.medianCompressed)));
	lines.push(row('producer page HTML+CSS gzip, largest', kb(pages.maxCompressed), `budget ${kb(pages.budget)}: ${pages.overBudget.length ? `${pages.overBudget.length} over` : 'ok'}`));
	lines.push(row(`largest of ${largestPage.pages} HTML pages, gzip`, kb(largestPage.compressed), `budget ${kb(largestPage.limit)}: ${largestPage.compressed > largestPage.limit ? 'OVER' : 'ok'}`));
	lines.push(row('  its path, raw size', `${largestPage.path}, ${kb(largestPage.raw)}`));
	lines.push(row('<script> elements per producer page, max', pages.maxScripts, `of which run code: ${pages.maxExecutableScripts}`));
	for (const [label, step] of [['first search', search.first], ['second query', search.second]]) {
		lines.push(row(`${label} «${step.query}»: Pagefind files`, `${step.pagefind.files} files`));
		lines.push(row(`  Pagefind, raw / compressed`, `${kb(step.pagefind.raw)} / ${kb(step.pagefind.compressed)}`));
		lines.push(row(`  search page JS, raw / compressed`, `${kb(step.script.raw)} / ${kb(step.script.compressed)}`));
		lines.push(row(`  total, raw / compressed`, `${kb(step.raw)} / ${kb(step.compressed)}`, label === 'first search' && build ? `budget < 150 KB: ${step.compressed < 150 * 1024 ? 'ok' : 'OVER'}` : ''));
		lines.push(row(`  beside it: page HTML+CSS, thumbnails`, `${kb(step.page.compressed)}, ${step.image.files} img ${kb(step.image.raw)}`));
	}
	return lines;
}

/** Our warm build against the floor's: each figure of both (medians when repeated) and their ratio. */
function floorLines({ build, floor, versusFloor, largestPage }) {
	const lines = [`  against the floor (bare Astro + MDX, same entries), medians of ${build.runs} run(s)`, row('', 'ours / floor / ratio')];
	const units = { wallSeconds: ['wall time', 's'], cpuSeconds: ['CPU time, user + system', 's'], peakTreeMB: ['peak memory, whole process tree', 'MB'] };
	const budgets = { wallSeconds: 'budget 2× (aim 1.5×)', cpuSeconds: '', peakTreeMB: `budget 1536 MB: ${build.peakTreeMB <= 1536 ? 'ok' : 'OVER'}` };
	for (const [figure, [label, unit]] of Object.entries(units)) {
		lines.push(row(`  ${label}`, `${build[figure]} / ${floor[figure]} ${unit} / ${versusFloor[figure]}×`, budgets[figure]));
	}
	lines.push(row('  pages built, ours / floor', `${build.pages} / ${floor.pages}`));
	if (largestPage) lines.push(row('largest HTML page, raw / compressed', `${kb(largestPage.raw)} / ${kb(largestPage.compressed)}`, largestPage.path));
	return lines;
}

/** How each figure grows between sizes, per producer: 1.00 is linear. */
function growthLines(steps) {
	const lines = ['Growth per producer between sizes (1.00 = linear), ours | floor'];
	for (const { from, to, ours, floor } of steps) {
		const both = (figure) => `${ours[figure]} | ${floor[figure]}`;
		lines.push(row(`  ${from} → ${to} producers: wall, CPU, memory`, `${both('wallSeconds')}, ${both('cpuSeconds')}, ${both('peakTreeMB')}`));
	}
	return lines;
}

/** The whole report. */
export function formatReport(results) {
	const lines = [`Kazaly Showcase benchmark, ${results.measuredAt} (Node ${results.node}, ${results.cpus} cores, ${results.memoryGB} GB, load average ${results.loadAverage.join(', ')})`, ''];
	lines.push(...siteLines(`Sample site (${results.sample.dist})`, results.sample));
	for (const size of results.sizes ?? []) lines.push('', ...siteLines(`Synthetic site, ${size.producers} producers`, size), ...floorLines(size));
	if (results.growth?.length) lines.push('', ...growthLines(results.growth));
	return lines.join('\n');
}

/** What goes into the JSON: file lists shortened to their largest few, so the record stays readable. */
export function forJson(results) {
	return JSON.parse(
		JSON.stringify(results, (key, value) => (key === 'list' && Array.isArray(value) ? [...value].sort((a, b) => b.compressed - a.compressed).slice(0, 8) : value)),
	);
}
