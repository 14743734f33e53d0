import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { code, plain } from '../../src/lib/inert-markdown.ts';
import { findReportComment, readProblems, reportMarker, reportMarkdown } from '../../scripts/github/validation-report.ts';

const price = {
	file: 'content/businesses/aqbala-plastik/index.mdx',
	line: 14,
	field: 'products[1].price',
	kk: 'Бағасы оң бүтін сан болуы керек (теңгемен).',
	en: 'Price must be a positive whole number of tenge.',
	found: '-5',
	expected: 'e.g. 1200',
};

describe('readProblems reads the validator’s JSON', () => {
	it.each([
		['a list of problems', [price]],
		['an object with a list', { problems: [price] }],
		['per-file results', { files: [{ file: price.file, problems: [{ ...price, file: undefined }] }] }],
		['messages in one object', [{ ...price, kk: undefined, en: undefined, message: { kk: price.kk, en: price.en } }]],
	])('from %s', (_, json) => expect(readProblems(json)).toEqual([price]));

	it('takes a path of segments as the field', () => {
		expect(readProblems([{ path: ['products', 1, 'price'], message: 'Too small' }])).toMatchObject([
			{ field: 'products.1.price', en: 'Too small' },
		]);
	});

	it.each([
		['nothing', undefined],
		['text', 'Error: cannot find module'],
		['a problem without a message', [{ file: 'x' }]],
	])('finds no problem in %s', (_, json) => expect(readProblems(json)).toEqual([]));
});

describe('reportMarkdown writes one readable comment', () => {
	it('names the file, line and field, says what is wrong in both languages, and what was found and expected', () => {
		expect(reportMarkdown({ entries: ['content/businesses/aqbala-plastik'], problems: [price] })).toBe(
			[
				reportMarker,
				'### ❌ Жазбада 1 қате бар / One problem to fix',
				'',
				'Төмендегі әр жолды түзетіп, өзгерісті қайта жіберіңіз. / Fix each item below and push the change (or edit the issue) again.',
				'',
				'- `content/businesses/aqbala-plastik/index.mdx:14` `products[1].price`',
				'  Бағасы оң бүтін сан болуы керек \\(теңгемен\\)\\.',
				'  Price must be a positive whole number of tenge\\.',
				'  Табылды / Found: `-5` · Күтілді / Expected: e\\.g\\. 1200',
			].join('\n'),
		);
	});

	it('says the entries pass when there is nothing to fix', () => {
		expect(reportMarkdown({ entries: ['content/businesses/aqbala-plastik'], problems: [] })).toContain('✅');
	});

	it('says no entries changed when none did', () => {
		expect(reportMarkdown({ entries: [], problems: [] })).toContain('No entries changed');
	});

	it('links the log only when it is a plain https address', () => {
		expect(reportMarkdown({ entries: [], problems: [], logUrl: 'https://github.com/o/r/actions/runs/1' })).toContain(
			'(https://github.com/o/r/actions/runs/1)',
		);
		expect(reportMarkdown({ entries: [], problems: [], logUrl: 'javascript:alert(1)' })).not.toContain('javascript');
	});

	it('lists what ran, and says a check that never started did not run', () => {
		const comment = reportMarkdown({
			entries: ['content/businesses/aqbala-plastik'],
			problems: [],
			ran: [
				{ check: 'entry', outcome: 'passed' },
				{ check: 'catalogue', outcome: 'passed' },
				{ check: 'build', outcome: 'not run' },
			],
		});
		expect(comment).toContain('**Не тексерілді / What ran**\n\n- ✅ Жазбаның өзі / The entry itself');
		expect(comment).toMatch(/- ➖ \(іске қосылмады \/ did not run\) Сайтты құрастыру \/ The site build \(`npm run build`\)$/);
	});

	it('stays under GitHub’s comment size however many problems there are', () => {
		const many = Array.from({ length: 500 }, () => ({ ...price, en: 'x'.repeat(2000) }));
		expect(reportMarkdown({ entries: [], problems: many }).length).toBeLessThan(65_536);
	});
});

describe('text from a pull request stays text in the comment', () => {
	it.each([
		['HTML', '<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
		['a mention', 'ping @octocat', 'ping \\@\u200boctocat'],
		['an issue reference', 'see #1', 'see \\#\u200b1'],
		['a link', '[click](https://evil.example)', '\\[click\\]\\(https\\:\u200b\\/\\/evil\\.example\\)'],
		['a bare address', 'www.evil.example', 'www\u200b\\.evil\\.example'],
		['line breaks that would start a heading', 'a\n### b', 'a \\#\u200b\\#\u200b\\#\u200b b'],
	])('%s is escaped', (_, text, escaped) => expect(plain(text)).toBe(escaped));

	it.each([
		['backticks', 'a`b', '``a`b``'],
		['a leading backtick', '`x', '`` `x ``'],
		['line breaks', 'a\nb', '`a b`'],
	])('a code span holds %s', (_, text, span) => expect(code(text)).toBe(span));
});

describe('a report padded to be cut stays inert', () => {
	// A fork controls the validator's JSON: it can pad its problems so that a cut at a fixed length would land
	// inside a code span, which turns the rest of the span back into Markdown.
	const payload = '`` @octocat ![pixel](https://evil.example/p.png) [link](https://evil.example) <img src=x> www.evil.example ';
	const padded = (padding: number) =>
		Array.from({ length: 150 }, (_, index) => ({
			file: `content/businesses/x${'`'.repeat(index % 4)}/index.mdx`,
			field: 'name',
			en: `${payload}${'x'.repeat(padding)}`,
			found: `${'`'.repeat(index % 5)}${payload}${'y'.repeat(padding + index)}`,
			expected: payload,
		}));

	it.each([0, 7, 61, 150, 333])('with %i characters of padding: no mention, link or image, and under GitHub’s limit', (padding) => {
		const comment = reportMarkdown({ entries: [], problems: padded(padding), logUrl: 'https://github.com/o/r/actions/runs/1' });
		expect(comment.length).toBeLessThan(65_536);
		const html = markdownToHtml(comment).html;
		expect(html.match(/<(?:a|img)\b[^>]*>/g)).toEqual(['<a href="https://github.com/o/r/actions/runs/1">']);
		// Outside code, every @ is followed by an invisible space: GitHub makes no mention of it.
		expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@(?!\u200b)/);
		expect(comment).toMatch(/\n- … \d+ more \/ тағы \d+\n\n\[Толық журнал \/ Full log\]/);
	});

	it('cuts between whole problems, each with its code spans closed', () => {
		const comment = reportMarkdown({ entries: [], problems: padded(61) });
		const items = comment.split('\n- ').slice(1, -1);
		expect(items.length).toBeGreaterThan(10);
		for (const item of items) expect(item).toMatch(/\n {2}Табылды \/ Found: (`+) .*\1 · Күтілді \/ Expected: .*$/);
	});
});

describe('findReportComment finds the bot’s earlier report', () => {
	const bot = { login: 'github-actions[bot]', type: 'Bot' };
	it('and not a person’s comment that copies the marker', () => {
		const comments = [
			{ id: 1, body: `${reportMarker} fake`, user: { login: 'someone', type: 'User' } },
			{ id: 2, body: 'Рахмет!', user: bot },
			{ id: 3, body: `${reportMarker}\n### ✅`, user: bot },
		];
		expect(findReportComment(comments)?.id).toBe(3);
	});

	it('or nothing when there is none', () => expect(findReportComment([{ id: 1, body: 'hi', user: bot }])).toBeUndefined());
});
