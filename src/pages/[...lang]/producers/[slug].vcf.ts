import type { APIRoute } from 'astro';
import { getBusinesses } from '../../../data/catalogue';
import { site } from '../../../data/site';
import { inLocale } from '../../../lib/locale';
import { absoluteUrl, langParams, localePath, paths } from '../../../lib/paths';
import { contactOf } from '../../../data/vcard';
import { toVcard } from '../../../lib/vcard';

/** A producer's contact as a .vcf file, so a visitor at the stand saves it in one tap: /producers/<slug>.vcf. */
export async function getStaticPaths() {
	const businesses = await getBusinesses();
	return langParams.flatMap(({ lang }) => businesses.map((business) => ({ params: { lang, slug: business.id }, props: { business } })));
}

export const GET: APIRoute = ({ props, locals, site: siteUrl }) => {
	const { locale } = locals;
	const { business } = props as { business: Awaited<ReturnType<typeof getBusinesses>>[number] };
	const profile = absoluteUrl(localePath(locale, paths.producer(business.id)), siteUrl!);
	const body = toVcard(contactOf(business, locale, profile, inLocale(site.region, locale)));
	return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
