/**
 * Builds each project folder named on the command line with Astro's own `build()`, one after another in this one
 * process: a build that fails early costs a third of the CPU time of a fresh `astro build` process, most of which
 * goes to loading Astro, Vite and the integrations again. Each build's log is framed by marker lines, so the
 * caller can tell whose output is whose (buildOneByOne in project-copy.ts).
 */
import { build } from 'astro';
import { marker } from './project-copy.ts';

// One stream, so Astro's errors and warnings stay in order within each build's frame.
process.stderr.write = process.stdout.write.bind(process.stdout);

for (const root of process.argv.slice(2)) {
	console.log(`${marker} start ${root}`);
	let failed = false;
	try {
		// The configuration and the validator read paths relative to the working folder, as under the CLI.
		process.chdir(root);
		await build({ root });
	} catch (error) {
		failed = true;
		// What the CLI prints of a failed build: the message (file, field and rule), the hint and the stack.
		const { hint } = error as { hint?: unknown };
		console.log(
			error instanceof Error
				? [error.message, typeof hint === 'string' ? `Hint: ${hint}` : '', error.stack ?? ''].join('\n')
				: String(error),
		);
	}
	console.log(`${marker} ${failed ? 'failed' : 'built'} ${root}`);
}
