// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.astro/', 'bench/', 'tests/.output/', 'public/', 'content/', 'tests/fixtures/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
		},
		rules: {
			// `_name` marks a parameter a signature needs but the body does not; `{ drop, ...rest }` is how a field is left out.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
		},
	},
	{
		// The Astro parser gives the markup in a template no type, so every `.map(() => <li>…</li>)` would read as an
		// unsafe return; the frontmatter keeps every other typed rule.
		files: ['**/*.astro'],
		// The Astro parser takes a project file, not the project service.
		languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
		rules: { '@typescript-eslint/no-unsafe-return': 'off' },
	},
	{
		// Tests read parsed JSON, XML and HTML whose shape is what they assert: an unexpected `any` there fails the
		// assertion itself. The rules about promises, unused code and misused types still hold.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
		},
	},
	{
		// Plain JavaScript files are not part of the typed project.
		files: ['**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
);
