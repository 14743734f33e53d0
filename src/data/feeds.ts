import { Feed } from 'feed';
import { type Business, getBusinesses } from './catalogue';
import { site } from './site';
import { useTranslations } from '../i18n';
import { type Locale, inLocale } from '../lib/locale';
import { localePath, paths } from '../lib/paths';
import { label } from '../schemas/vocabulary';

/** How many producers a feed carries: the most recently added or checked. */
const feedSize = 50;

/** The day an entry last changed for a reader: when it was listed, or checked again since. */
const updatedOn = (business: Business) => new Date(Math.max(business.data.listed.getTime(), business.data.lastChecked.getTime()));

/**
 * New and updated producers in one language, newest first, as one feed that writes itself as Atom or JSON Feed.
 * Every date comes from the entries, so the same entries give the same feed whenever they are built.
 */
export async function producerFeed(locale: Locale, origin: URL): Promise<Feed> {
	const t = useTranslations(locale);
	const absolute = (path: string) => new URL(localePath(locale, path), origin).href;
	const businesses = [...(await getBusinesses())].sort((a, b) => updatedOn(b).getTime() - updatedOn(a).getTime()).slice(0, feedSize);
	const feed = new Feed({
		id: absolute(paths.home()),
		link: absolute(paths.home()),
		title: `${inLocale(site.name, locale)}: ${t('feed.title')}`,
		description: inLocale(site.tagline, locale),
		language: locale,
		updated: businesses[0] ? updatedOn(businesses[0]) : new Date(0),
		generator: false,
		copyright: inLocale(site.name, locale),
		feedLinks: { atom: absolute(paths.feedAtom()), json: absolute(paths.feedJson()) },
	});
	for (const business of businesses) {
		const { data } = business;
		feed.addItem({
			id: absolute(paths.producer(business.id)),
			link: absolute(paths.producer(business.id)),
			title: inLocale(data.name, locale),
			description: inLocale(data.summary, locale),
			date: updatedOn(business),
			published: data.listed,
			category: [{ name: label('categories', data.category, locale), term: data.category }],
			author: [{ name: data.owner }],
		});
	}
	return feed;
}
