import { z } from 'astro/zod';
import data from '../../content/search/synonyms.json';
import { parseConfig } from './config-file.ts';

const word = z.string().min(1);

/** content/search/synonyms.json: the words search treats as one, and the words that only say «to» a place. */
const synonymsSchema = z.object({
	helpers: z.array(word).describe('Words that only say where to, e.g. ["в", "до", "delivery", "жеткізу"].'),
	groups: z.array(z.array(word).min(2)).describe('Groups of words for the same thing, e.g. [["нан", "хлеб", "bread"]].'),
});

/** The synonym list as the search index and the search page read it, checked once per build. */
export const synonyms = parseConfig('content/search/synonyms.json', synonymsSchema, data);
