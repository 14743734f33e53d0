import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exhibitionSchema } from '../schemas/exhibition.ts';
import { checkSchema } from './fields.ts';
import { type FrontMatter, readFrontMatter } from './frontmatter.ts';
import { exhibitionsDir } from './content-files.ts';
import { type Finding, type Problem, problem } from './problem.ts';
import { decodeUtf8 } from './utf8.ts';

/** The exhibition files, content/exhibitions/<id>.yaml, in name order. */
function exhibitionFiles(root: string): string[] {
	const dir = join(root, exhibitionsDir);
	return existsSync(dir)
		? readdirSync(dir)
				.filter((name) => /\.yaml$/.test(name))
				.sort()
				.map((name) => `${exhibitionsDir}/${name}`)
		: [];
}

/**
 * Checks every exhibition: the YAML under the same safety rules as an entry's front matter, the fields against the
 * schema, and the rules across the catalogue: each participant is an entry folder, each stand is taken once.
 */
export async function validateExhibitions(root: string, producers: ReadonlySet<string>): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const file of exhibitionFiles(root)) problems.push(...(await checkExhibition(root, file, producers)));
	return problems;
}

async function checkExhibition(root: string, file: string, producers: ReadonlySet<string>): Promise<Problem[]> {
	const decoded = decodeUtf8(readFileSync(join(root, file)));
	if ('finding' in decoded) return [problem({ file, line: 1, field: '' }, decoded.finding)];
	const { frontMatter, findings } = readYaml(decoded.text);
	if (!frontMatter) return findings.map((finding) => problem({ file, line: finding.line ?? 1, field: '' }, finding));
	const problems = await checkSchema(file, frontMatter, exhibitionSchema);
	const participants = frontMatter.data['participants'];
	if (Array.isArray(participants)) problems.push(...checkParticipants(file, frontMatter, participants, producers));
	return problems;
}

/** Unknown producers and stands given twice, each reported at its line. */
function checkParticipants(file: string, frontMatter: FrontMatter, participants: unknown[], producers: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	const stands = new Map<unknown, number>();
	participants.forEach((participant, index) => {
		if (!participant || typeof participant !== 'object') return;
		const { producer, stand } = participant as Record<string, unknown>;
		const at = (field: string, finding: Finding) =>
			problem({ file, line: frontMatter.locate(['participants', index, field]).line, field: `participants[${index}].${field}` }, finding);
		if (typeof producer === 'string' && !producers.has(producer)) {
			problems.push(
				at('producer', {
					rule: 'exhibition-producer',
					found: JSON.stringify(producer),
					expected: 'the folder name of an entry in content/businesses, e.g. aqbala-plastik',
				}),
			);
		}
		if (typeof stand !== 'number') return;
		const first = stands.get(stand);
		if (first === undefined) stands.set(stand, index);
		else
			problems.push(
				at('stand', {
					rule: 'exhibition-stand',
					found: `${stand} (also participants[${first}])`,
					expected: 'a stand number no other participant has',
				}),
			);
	});
	return problems;
}

/**
 * Reads a YAML file with the front matter's reader, so it meets the same rules (no anchors, aliases, tags or merge
 * keys; one document; the build's own parser). The text is wrapped in --- lines for it and the lines put back.
 */
function readYaml(text: string): { frontMatter?: FrontMatter; findings: Finding[] } {
	const read = readFrontMatter(`---\n${text.replace(/^\uFEFF/, '')}\n---\n`);
	const findings = read.findings.map((finding) => ({ ...finding, line: Math.max((finding.line ?? 2) - 1, 1) }));
	if (!read.frontMatter) return { findings };
	const { data, locate, written } = read.frontMatter;
	return { findings, frontMatter: { data, written, locate: (path) => ({ ...locate(path), line: Math.max(locate(path).line - 1, 1) }) } };
}
