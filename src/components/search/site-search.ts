import type { Place } from '../../lib/search/places';
import type { Vocabulary } from '../../lib/search/resolve';
import { templateFormatter } from '../../lib/template';
import { type Answer, type Hit, type Pagefind, type PagefindResult, runSearch } from './search-run';

/**
 * <site-search>: instant results on the search page. The form inside works without this script (it
 * reloads the page with ?q=); the script reads the URL, runs Pagefind and keeps the URL in step.
 */
interface Strings {
	results: Record<string, string>;
	more: string;
	none: string;
	loading: string;
	showingFor: string;
	exactInstead: string;
	deliversTo: string;
	basedIn: string;
	nearest: string;
	/** Each place's name in the page's language, by id. */
	places: Record<string, string>;
}

/** Results load ten at a time: each shown result costs a fragment download. */
const pageSize = 10;
const fields = ['q', 'category', 'village', 'delivers', 'sort'] as const;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
	#format = templateFormatter(document.documentElement.lang);
	#form = this.querySelector('form')!;
	#status = this.querySelector<HTMLElement>('[data-status]')!;
	#list = this.querySelector<HTMLOListElement>('[data-results]')!;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
	#notice = this.querySelector<HTMLElement>('[data-notice]')!;
	#empty = this.querySelector<HTMLElement>('[data-empty]')!;
	#pending: Hit[] = [];
	#places = JSON.parse(this.dataset['places'] ?? '[]') as Place[];
	#helpers = new Set(JSON.parse(this.dataset['helpers'] ?? '[]') as string[]);
	#meant = new Map(JSON.parse(this.dataset['meant'] ?? '[]') as [string, string][]);
	#vocabulary: Promise<Vocabulary> | undefined;
	/** Set by the «search exactly» link: the words are searched as typed, until the query changes. */
	#exact = false;

	connectedCallback() {
		// CSS hides the note already where browsers know `scripting`; this is for those that do not.
		this.querySelector('[data-no-script]')?.setAttribute('hidden', '');
		this.#form.addEventListener('input', () => {
			this.#exact = false;
			this.#schedule(false);
		});
		this.#form.addEventListener('change', () => this.#schedule(true));
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search(true);
		});
		this.addEventListener('keydown', (event) => this.#move(event));
		this.#more.addEventListener('click', () => void this.#showMore());
		// Back and forward restore the search that was in the address bar.
		addEventListener('popstate', () => this.#fromUrl());
		this.#fromUrl();
	}

	/** Arrow keys walk from the search box through the results; Escape returns to the box. */
	#move(event: KeyboardEvent) {
		const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
		const input = this.#form.elements.namedItem('q') as HTMLInputElement;
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const onInput = document.activeElement === input;
		let target: HTMLElement | undefined;
		if (event.key === 'ArrowDown' && (onInput || at >= 0)) target = links[at + 1];
		else if (event.key === 'ArrowUp' && at >= 0) target = at === 0 ? input : links[at - 1];
		else if (event.key === 'Escape' && at >= 0) target = input;
		if (!target) return;
		event.preventDefault();
		target.focus();
	}

	/** Fills the form from the address bar and runs its search. */
	#fromUrl() {
		const params = new URLSearchParams(location.search);
		for (const name of fields) {
			const field = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
			if (field) field.value = params.get(name) ?? '';
		}
		this.#exact = params.has('exact');
		// A shared link with filters opens the filter panel, so the reader sees why results are narrowed.
		if (fields.some((name) => name !== 'q' && params.get(name))) this.querySelector('details')?.setAttribute('open', '');
		void this.#search(false);
	}

	#schedule(commit: boolean) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#search(commit), commit ? 0 : 180);
	}

	#load(): Promise<Pagefind> {
		this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset['bundle']}pagefind.js`).then(async (pagefind: Pagefind) => {
			// Catalogue pages are short and alike in length: let term weight, not page length, decide; and
			// prefer a whole word to a longer one it begins (қазы is not Қазалы). Pagefind searches in its web
			// worker: 12 KB more on the first search, but decompressing the index and compiling its WebAssembly on
			// the main thread held a phone's page still for half a second (docs/performance.md, Lighthouse).
			// Pagefind writes result addresses from the site's root; under a base path they need it in front.
			await pagefind.options({
				baseUrl: this.dataset['base'] ?? '/',
				ranking: { pageLength: 0.1, termFrequency: 0.6, termSaturation: 1.2, termSimilarity: 3 },
			});
			return pagefind;
		});
		return this.#pagefind;
	}

	/** The known keys, for typo correction: fetched the first time a word finds nothing. */
	#loadVocabulary(): Promise<Vocabulary> {
		this.#vocabulary ??= fetch(this.dataset['vocabulary']!).then((response) => response.json() as Promise<Vocabulary>);
		return this.#vocabulary;
	}

	/** Runs the search the form describes, and writes it into the address bar. */
	async #search(commit: boolean) {
		const form = new FormData(this.#form);
		// The form has no file inputs: every field is text.
		const value = (name: string) => (form.get(name) as string | null)?.trim() ?? '';
		const params = new URLSearchParams();
		for (const name of fields) if (value(name)) params.set(name, value(name));
		if (this.#exact && value('q')) params.set('exact', '1');
		const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
		history[commit ? 'pushState' : 'replaceState'](null, '', url);

		const run = ++this.#run;
		const query = value('q');
		const filters: Record<string, string> = {};
		for (const name of ['category', 'village', 'delivers']) if (value(name)) filters[name] = value(name);
		if (!query && Object.keys(filters).length === 0) {
			this.#pending = [];
			this.#show(run, query, { hits: [], nearest: [] }, []);
			this.#status.textContent = '';
			return;
		}
		this.#status.textContent = this.#strings.loading;
		const pagefind = await this.#load();
		const sort = { 'price-asc': { price: 'asc' }, 'price-desc': { price: 'desc' }, new: { listed: 'desc' } }[value('sort')];
		const context = {
			pagefind,
			places: this.#places,
			helpers: this.#helpers,
			meant: this.#meant,
			vocabulary: () => this.#loadVocabulary(),
		};
		const answer = await runSearch(context, query, filters, sort, this.#exact);
		if (run !== this.#run) return;
		this.#pending = [...answer.hits];
		const results = await this.#next();
		this.#show(run, query, answer, results);
	}

	/** Shows an answer: the count, the correction notice, the results, or the help of an empty page. */
	#show(run: number, query: string, answer: Answer, results: HTMLLIElement[]) {
		if (run !== this.#run) return;
		const total = answer.hits.length;
		this.#status.textContent = total ? this.#format(this.#strings.results, { count: total }) : this.#format(this.#strings.none, { query });
		this.#notice.replaceChildren();
		if (answer.searched && total) {
			this.#notice.append(this.#format(this.#strings.showingFor, { query: answer.searched }), ' ');
			const exact = this.#notice.appendChild(document.createElement('a'));
			const params = new URLSearchParams(location.search);
			params.set('exact', '1');
			exact.href = `${location.pathname}?${params}`;
			exact.textContent = this.#format(this.#strings.exactInstead, { query });
		}
		const nearest = this.#empty.querySelector<HTMLElement>('[data-nearest]')!;
		nearest.hidden = answer.nearest.length === 0;
		nearest.querySelector('span')!.replaceChildren(
			...answer.nearest.flatMap((word, at) => {
				const link = document.createElement('a');
				link.href = `${location.pathname}?${new URLSearchParams({ q: word })}`;
				link.textContent = word;
				return at ? [', ', link] : [link];
			}),
		);
		this.#empty.hidden = total > 0 || !query;
		this.#list.replaceChildren(...results);
		// Shown with the results it follows, not before them: above an empty list it would be pushed down (a layout shift).
		this.#more.hidden = this.#pending.length === 0;
	}

	/** Loads the next page of results; whoever shows them shows or hides «show more» with them. */
	async #next(): Promise<HTMLLIElement[]> {
		const page = this.#pending.splice(0, pageSize);
		return Promise.all(page.map(async (hit) => this.#item(await hit.found.data(), hit.place)));
	}

	/** Appends the next page of results and moves focus to the first new one, for keyboard users. */
	async #showMore() {
		const run = this.#run;
		const items = await this.#next();
		if (run !== this.#run) return;
		this.#list.append(...items);
		this.#more.hidden = this.#pending.length === 0;
		items[0]?.querySelector('a')?.focus();
	}

	/** A result shows only the page's own metadata: the indexed keys are never shown. */
	#item({ url, meta }: PagefindResult, place?: Hit['place']): HTMLLIElement {
		const item = document.createElement('li');
		const link = item.appendChild(document.createElement('a'));
		link.href = url;
		link.className = 'search-result';
		if (meta['image']) {
			const image = link.appendChild(document.createElement('img'));
			Object.assign(image, { src: meta['image'], alt: '', width: 64, height: 64, loading: 'lazy' });
		}
		const text = link.appendChild(document.createElement('span'));
		const title = text.appendChild(document.createElement('strong'));
		title.textContent = meta['title'] ?? url;
		for (const key of ['producer', 'price', 'summary']) {
			if (!meta[key]) continue;
			const line = text.appendChild(document.createElement('span'));
			line.className = `search-${key}`;
			line.textContent = meta[key];
		}
		// A place query says why the result came up: where the producer delivers, or where it is.
		if (place) {
			const line = text.appendChild(document.createElement('span'));
			line.className = 'search-place';
			line.textContent = this.#format(this.#strings[place.how === 'in' ? 'basedIn' : 'deliversTo'], {
				place: this.#strings.places[place.id] ?? place.id,
			});
		}
		return item;
	}
}

customElements.define('site-search', SiteSearch);
