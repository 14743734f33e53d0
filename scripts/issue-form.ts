/**
 * Writes the issue form (.github/ISSUE_TEMPLATE/new-entry.yml) and the template chooser's links (config.yml)
 * from content/vocabularies and content/site.json, so the form's choices are always the vocabularies' terms.
 *
 *   npm run issue-form            rewrite both files
 *   npm run issue-form -- --check exit 1 if a committed file differs from what would be written
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formVocabularies, renderIssueConfig, renderIssueForm, type FormVocabularies } from './github/issue-form-fields.ts';

const root = new URL('../', import.meta.url);

function readJson(path: string): unknown {
	return JSON.parse(readFileSync(new URL(path, root), 'utf8'));
}

/** The vocabularies the form offers, read from content/vocabularies. */
export function readFormVocabularies(): FormVocabularies {
	return Object.fromEntries(formVocabularies.map((name) => [name, readJson(`content/vocabularies/${name}.json`)])) as FormVocabularies;
}

/** Each generated file, by its path in the repository, with the text it should hold. */
export function issueTemplates(): Record<string, string> {
	const site = readJson('content/site.json') as { url: string; repository: string };
	return {
		'.github/ISSUE_TEMPLATE/new-entry.yml': renderIssueForm(readFormVocabularies()),
		'.github/ISSUE_TEMPLATE/config.yml': renderIssueConfig(site),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const check = process.argv.includes('--check');
	let stale = 0;
	for (const [path, text] of Object.entries(issueTemplates())) {
		const url = new URL(path, root);
		let current = '';
		try {
			current = readFileSync(url, 'utf8');
		} catch {
			// A file not written yet compares as empty, so it is written.
		}
		if (current === text) continue;
		if (check) {
			stale++;
			console.error(`${path} is out of date with content/vocabularies: run \`npm run issue-form\`.`);
		} else {
			writeFileSync(url, text);
			console.log(`wrote ${path}`);
		}
	}
	process.exitCode = stale ? 1 : 0;
}
