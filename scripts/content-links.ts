/**
 * Refuses what git holds under content/ that is not a plain file: a symbolic link (mode 120000) can make an entry,
 * a story or a photo of a file anywhere on the build machine, and a submodule (160000) is someone else's tree.
 * Run by .github/workflows/check.yml on the pull request's merge commit, before anything reads the entries.
 *
 *   node scripts/content-links.ts [--revision HEAD] [--json problems.json]
 *
 * Prints each one found, writes them as problems in the validator's JSON shape to --json, exits 1 if there is one.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { revision: { type: 'string', default: 'HEAD' }, json: { type: 'string' } } });
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const kinds: Record<string, { found: string; kk: string; en: string }> = {
	'120000': {
		found: 'symbolic link',
		kk: 'content/ ішінде символдық сілтеме болмауы керек: оның орнына файлдың не қалтаның өзін қосыңыз.',
		en: 'Symbolic links are not allowed under content/: add the file or folder itself instead.',
	},
	'160000': {
		found: 'submodule',
		kk: 'content/ ішінде басқа репозиторий (submodule) болмауы керек: файлдардың өзін қосыңыз.',
		en: 'Submodules are not allowed under content/: add the files themselves instead.',
	},
};

// -z: one NUL-separated record per file, "<mode> <type> <object>\t<path>", so no file name can be misread.
const problems = git('ls-tree', '-r', '-z', options.revision, '--', 'content/')
	.split('\0')
	.flatMap((record) => {
		const [info = '', path = ''] = record.split(/\t(.*)/s);
		const [mode = '', , object = ''] = info.split(' ');
		const kind = kinds[mode];
		if (!kind) return [];
		const target = mode === '120000' ? ` → ${git('cat-file', 'blob', object)}` : '';
		return [{ file: path, rule: 'content-link', kk: kind.kk, en: kind.en, found: `${kind.found}${target}`, expected: 'a plain file' }];
	});

if (options.json) writeFileSync(options.json, `${JSON.stringify(problems, null, '\t')}\n`);
// JSON keeps a file name on one line whatever it holds, so the log cannot be made to show a workflow command.
for (const problem of problems)
	console.error(`Refused under content/: ${JSON.stringify(problem.file)} is a ${problem.found.split(' → ')[0]}.`);
process.exitCode = problems.length ? 1 : 0;
