/** The look of the form's controls, in one place: big enough to tap, the site's sand and river colours. */
export const control = 'block h-12 w-full rounded-xl border-2 border-sand-300 bg-white px-3 text-ink aria-[invalid=true]:border-clay-600';
export const area =
	'block min-h-28 w-full rounded-xl border-2 border-sand-300 bg-white px-3 py-2 text-ink aria-[invalid=true]:border-clay-600';
export const file =
	'block w-full text-sm text-muted file:me-3 file:h-12 file:rounded-xl file:border-0 file:bg-river-100 file:px-4 file:font-semibold file:text-river-900';
export const secondary =
	'inline-flex min-h-12 items-center gap-2 rounded-xl border-2 border-river-700 bg-white px-4 py-1.5 font-semibold text-river-700 hover:bg-river-100';
export const primary =
	'inline-flex min-h-14 items-center justify-center gap-2 rounded-xl bg-river-700 px-6 py-2 text-lg font-semibold text-white no-underline hover:bg-river-900 disabled:opacity-60';
export const section = 'rounded-card bg-white p-4 shadow-card ring-1 ring-sand-200 sm:p-6';
