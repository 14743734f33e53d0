import type { APIRoute } from 'astro';
import { getBusinesses, getProducts } from '../data/catalogue';
import { searchVocabulary } from '../data/search-vocabulary';

/** The keys of the search index with a word for each: the search page corrects typos with it. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(searchVocabulary(await getBusinesses(), await getProducts())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
