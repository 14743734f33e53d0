/**
 * Three test projects: `unit` (pure modules and Astro components, with Astro's Vite config), `build` (real builds
 * of altered copies of the project) and `site` (the built site in dist/, checked file by file and in Chromium).
 */
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Two files at a time even on 2 cores: a browser test mostly waits on Chromium's own processes, a build test on
		// its astro child processes, so one worker leaves a core idle.
		maxWorkers: 2,
		projects: [
			// Astro's Vite config compiles .astro files, so tests can render components with the container API.
			getViteConfig({
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
					// Some unit tests read the whole sample catalogue or run a script; beside a build test on 2 cores that can
					// take more than Vitest's 5 s. The limit stops a test that hangs, not one that waits for the CPU.
					testTimeout: 60_000,
					// Pure modules, no mocks or globals changed: one worker may run file after file, which saves the 50 files a
					// fresh worker each (about a third of this project's time).
					isolate: false,
				},
			}),
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// A whole Astro build runs in the hooks: a minute on an idle 2-core machine, several beside other tests.
					// The limit only stops a build that hangs; how long a build takes is the benchmark's business.
					hookTimeout: 600_000,
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// Each file runs its own server and Chromium; a page with search and axe takes seconds on 2 cores.
					hookTimeout: 60_000,
					testTimeout: 30_000,
					// A poll waits on a state (results shown, a message gone) as long as a busy machine needs, not one second.
					expect: { poll: { timeout: 20_000 } },
				},
			},
		],
	},
});
