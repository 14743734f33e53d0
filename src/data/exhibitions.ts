import { type CollectionEntry, getCollection } from 'astro:content';
import { langParams } from '../lib/paths';
import { type Business, getBusinesses } from './catalogue';

export type Exhibition = CollectionEntry<'exhibitions'>;

/** A producer at its stand, with the entry it is. */
export interface Participant {
	stand: number;
	business: Business;
}

/** A stand a producer had: the exhibition and the number. */
export interface StandAt {
	exhibition: Exhibition;
	stand: number;
}

let cache: Promise<Exhibition[]> | undefined;

/** Every exhibition, the newest first; loaded once per build. */
export function getExhibitions(): Promise<Exhibition[]> {
	cache ??= getCollection('exhibitions').then((entries) => entries.sort((a, b) => b.data.date.getTime() - a.data.date.getTime()));
	return cache;
}

/**
 * The producers of an exhibition by stand number. A participant whose entry is not built (a sample left out with
 * SHOWCASE_SAMPLES=false) is left out too; the validator has already made sure every one exists.
 */
export async function participantsOf(exhibition: Exhibition): Promise<Participant[]> {
	const businesses = new Map((await getBusinesses()).map((business) => [business.id, business]));
	return exhibition.data.participants
		.flatMap(({ producer, stand }) => {
			const business = businesses.get(producer);
			return business ? [{ stand, business }] : [];
		})
		.sort((a, b) => a.stand - b.stand);
}

/** The exhibitions a producer took part in and its stand at each, the newest first. */
export async function standsOf(slug: string): Promise<StandAt[]> {
	return (await getExhibitions()).flatMap((exhibition) =>
		exhibition.data.participants.filter(({ producer }) => producer === slug).map(({ stand }) => ({ exhibition, stand })),
	);
}

/** The routes of a page that exists once per exhibition and language, with the exhibition as a prop. */
export async function exhibitionPaths() {
	const exhibitions = await getExhibitions();
	return langParams.flatMap(({ lang }) =>
		exhibitions.map((exhibition) => ({ params: { lang, id: exhibition.id }, props: { exhibition } })),
	);
}
