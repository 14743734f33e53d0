import { defineMiddleware } from 'astro:middleware';
import { pageLocals } from './i18n/page-locals';

/** Sets the page's language and translator once per request, so no page or component works them out again. */
export const onRequest = defineMiddleware((context, next) => {
	Object.assign(context.locals, pageLocals(context.url.pathname));
	return next();
});
