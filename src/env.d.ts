declare namespace App {
	/** What src/middleware.ts sets for every request (src/i18n/page-locals.ts): read them, never work them out again. */
	interface Locals {
		/** The page's language, from the first folder of its URL. */
		locale: import('./lib/locale').Locale;
		/** The translator for that language. */
		t: ReturnType<typeof import('./i18n').useTranslations>;
	}
}
