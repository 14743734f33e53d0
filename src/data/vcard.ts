import { type Locale, inLocale } from '../lib/locale';
import type { Contact } from '../lib/vcard';
import { label } from '../schemas/vocabulary';
import type { Business } from './catalogue';

/**
 * A producer as a contact: saved under its name in Kazakh as on its sign (the Russian or English name beside it in
 * the note), with its numbers in international form, its networks, its profile and the pickup address.
 */
export function contactOf(business: Business, locale: Locale, profile: string, region: string): Contact {
	const { data } = business;
	const { whatsapp, phone, telegram, instagram } = data.contacts;
	const phones: Contact['phones'] = [];
	if (whatsapp) phones.push({ number: `+7${whatsapp}`, types: whatsapp === phone ? ['CELL', 'VOICE', 'PREF'] : ['CELL', 'PREF'] });
	if (phone && phone !== whatsapp) phones.push({ number: `+7${phone}`, types: ['WORK', 'VOICE'] });
	const translated = inLocale(data.name, locale);
	return {
		name: data.name.kk,
		organisation: data.name.kk,
		note: [translated !== data.name.kk ? translated : '', data.owner].filter(Boolean).join(' · '),
		phones,
		urls: [
			{ url: profile },
			...(whatsapp ? [{ url: `https://wa.me/7${whatsapp}`, type: 'WhatsApp' }] : []),
			...(telegram ? [{ url: `https://t.me/${telegram}`, type: 'Telegram' }] : []),
			...(instagram ? [{ url: `https://www.instagram.com/${instagram}/`, type: 'Instagram' }] : []),
		],
		address: data.address && {
			street: inLocale(data.address, locale),
			locality: label('places', data.village, locale),
			region,
			country: 'KZ',
		},
	};
}
