import { localeOf } from '../lib/paths';
import { useTranslations } from './index';

/** The translator of one language: t('product.minOrder', { count: 5, unit: 'кг' }). */
export type Translate = ReturnType<typeof useTranslations>;

/** The locals of a request for a path (App.Locals): its language from the URL's first folder, and the translator for it. */
export function pageLocals(pathname: string): App.Locals {
	const locale = localeOf(pathname);
	return { locale, t: useTranslations(locale) };
}
