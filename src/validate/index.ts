/**
 * The entry validator's public face, for scripts/validate.ts, the build and the tools that show its messages
 * (the submit form, the scaffolder, the CI comment). docs/validation.md lists the rules.
 */
export { validateCatalogue, type CatalogueOptions, type CatalogueResult } from './catalogue.ts';
export { validateEntry, type EntryOptions } from './entry.ts';
export { formatProblem, formatProblems, sortProblems, summary } from './format.ts';
export { messages, ruleIds, type Message, type RuleId } from './messages.ts';
export type { Problem } from './problem.ts';
