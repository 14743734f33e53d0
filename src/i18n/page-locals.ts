import { localeOf } from '../lib/paths';
import { useTranslations } from './index';

/** The locals of a request for a path (App.Locals): its language from the URL's first folder, and the translator for it. */
export function pageLocals(pathname: string): App.Locals {
	const locale = localeOf(pathname);
	return { locale, t: useTranslations(locale) };
}
