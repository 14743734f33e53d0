/**
 * The entry validator's public face, for scripts/validate.ts, the build and the tools that show its messages
 * (the submit form, the scaffolder, the CI comment). docs/validation.md lists the rules.
 */
export { validateCatalogue } from './catalogue.ts';
export { validateEntry } from './entry.ts';
export { formatProblems, summary } from './format.ts';
export { messages, ruleIds } from './messages.ts';
