import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import site from '../../content/site.json';
import { siteSchema } from '../../src/data/site';
import { parseConfig } from '../../src/schemas/config-file';

/** What parseConfig throws for a configuration file, or a failure when it throws nothing. */
function refusal(file: string, schema: z.ZodType, data: unknown): AstroError {
	try {
		parseConfig(file, schema, data);
	} catch (error) {
		return error as AstroError;
	}
	throw new Error(`${file} was accepted`);
}

describe('a bad content/site.json', () => {
	const bad = { ...site, url: 'kazaly.example', organisers: { ...site.organisers, phone: '12345' }, colour: 'blue' };
	const error = refusal('content/site.json', siteSchema, bad);

	it('stops the build with an AstroError that says what to do', () => {
		expect(AstroError.is(error)).toBe(true);
		expect(error.hint).toMatch(/Correct the fields named above in content\/site\.json/);
	});

	it('names the file', () => expect(error.message).toMatch(/^content\/site\.json /));

	it('names each field by its path, with what was found and what to write instead', () => {
		expect(error.message).toMatch(/ {2}url\n {4}Invalid URL\n {4}Found: "kazaly\.example"\n {4}Expected: Where the site is published/);
		expect(error.message).toMatch(
			/ {2}organisers\.phone\n {4}a Kazakh number, e\.g\. \+7 700 123 45 67\n {4}Found: "12345"\n {4}Expected: A number to call/,
		);
	});

	it('names a field the file should not have', () => expect(error.message).toMatch(/ {2}colour\n {4}Not a field of this file/));

	it('keeps the Zod error as its cause', () => expect(error.cause).toBeInstanceOf(z.ZodError));

	it('is no raw Zod dump', () => expect(error.message).not.toMatch(/"code":|\[\s*\{/));

	it('accepts the site.json the repository ships', () => expect(parseConfig('content/site.json', siteSchema, site).url).toBe(site.url));
});

describe('parseConfig', () => {
	const schema = z.object({ products: z.array(z.object({ price: z.number().describe('Whole tenge, e.g. 1200.') })) });

	it('writes a list index as the file shows it', () => {
		expect(refusal('x.json', schema, { products: [{ price: 1 }, { price: '1 200' }] }).message).toMatch(
			/ {2}products\[1\]\.price\n.*\n {4}Found: "1 200"\n {4}Expected: Whole tenge/,
		);
	});

	it('says a missing field is missing rather than undefined', () => {
		expect(refusal('x.json', schema, { products: [{}] }).message).toMatch(/products\[0\]\.price\n {4}Missing: this field is required\./);
	});
});
