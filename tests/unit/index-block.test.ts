import { expect, it } from 'vitest';
import { withoutIndexBlock } from '../../src/lib/index-block';

it('a page loses the block Pagefind reads and keeps everything else', () => {
	const page =
		'<main><h1>Ақбала</h1><div hidden data-pagefind-body><p data-pagefind-weight="10">akbala</p><span data-pagefind-filter="type[data-value]" data-value="producer"></span></div><div class="x">Бөтелке</div></main>';
	expect(withoutIndexBlock(page)).toBe('<main><h1>Ақбала</h1><div class="x">Бөтелке</div></main>');
	expect(withoutIndexBlock('<main><div>as it is</div></main>')).toBe('<main><div>as it is</div></main>');
});

it('an entry’s text that says </div> inside a value does not end the block early', () => {
	const page =
		'<main><div hidden data-pagefind-body><p data-pagefind-weight="1">tort</p><span data-pagefind-meta="summary[data-value]" data-value="Торт </div> <b>жасаймыз</b>"></span></div><p>Торт</p></main>';
	expect(withoutIndexBlock(page)).toBe('<main><p>Торт</p></main>');
});
