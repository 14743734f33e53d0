/**
 * The project's own components an entry's text may use, each with the attributes it may be given. Empty for now:
 * a story is plain Markdown. To allow one, add it here and pass it to the page's `<Content components={…} />`;
 * the validator and the build both read this list.
 */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {};

export type AllowList = typeof allowedComponents;
