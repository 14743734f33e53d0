/**
 * The issue form "Каталогқа қосылу / Add my business": its fields, and the form itself rendered from the
 * controlled vocabularies. The parser (issue-form.ts) reads an issue back by the same labels, so the two
 * can never drift apart; scripts/issue-form.ts writes the rendered form to .github/ISSUE_TEMPLATE.
 */
import { stringify } from 'yaml';
import type { Availability } from '../../src/schemas/product.ts';

/** A vocabulary as stored in content/vocabularies/<name>.json: id -> labels. */
export type Vocabulary = Record<string, { kk: string; ru?: string; en?: string }>;

/** The vocabularies the form offers as choices, by file name. */
export const formVocabularies = ['categories', 'places', 'delivery-areas', 'delivery-modes', 'payment-methods', 'units'] as const;

export type FormVocabularies = Record<(typeof formVocabularies)[number], Vocabulary>;

interface BaseField {
	/** The form element id; also the key of the parsed value. */
	id: string;
	/** The heading GitHub writes above the answer in the issue body: Kazakh, then English. */
	label: string;
	description?: string;
	required?: boolean;
}

export type FormField =
	| (BaseField & { kind: 'input' | 'textarea'; placeholder?: string })
	| (BaseField & { kind: 'dropdown'; vocabulary: keyof FormVocabularies; multiple: boolean })
	| (BaseField & { kind: 'checkboxes'; option: string });

/** Separates the columns of a product line. */
export const productColumnSeparator = '|';

/** The words the products field accepts for availability, by schema value. */
export const availabilityWords: Record<Availability, string[]> = {
	'in-stock': ['бар', 'сатылымда', 'в наличии', 'есть', 'in stock', 'in-stock'],
	'made-to-order': ['тапсырыспен', 'тапсырыс бойынша', 'под заказ', 'made to order', 'made-to-order'],
	seasonal: ['маусымдық', 'сезонный', 'сезонно', 'seasonal'],
};

/** The fields of the form, in order. */
export const formFields: readonly FormField[] = [
	{
		id: 'name-kk',
		kind: 'input',
		label: 'Кәсіп атауы (қазақша) / Business name (Kazakh)',
		description: 'Маңдайшадағыдай, 80 таңбаға дейін. / As on your sign, up to 80 characters.',
		placeholder: '«Дәмді» наубайханасы',
		required: true,
	},
	{ id: 'name-ru', kind: 'input', label: 'Кәсіп атауы (орысша) / Business name (Russian)', placeholder: 'Пекарня «Дамди»' },
	{ id: 'name-en', kind: 'input', label: 'Кәсіп атауы (ағылшынша) / Business name (English)', placeholder: 'Damdi Bakery' },
	{
		id: 'owner',
		kind: 'input',
		label: 'Иесі / Owner',
		description: 'Иесінің аты-жөні, өзі жазатындай. / The owner’s name as they write it.',
		placeholder: 'Айгүл Сейітова',
		required: true,
	},
	{
		id: 'summary-kk',
		kind: 'input',
		label: 'Қысқаша сипаттама (қазақша) / Summary (Kazakh)',
		description: 'Бір сөйлем, 200 таңбаға дейін. / One sentence, up to 200 characters.',
		placeholder: 'Әйтеке биде күн сайын таза нан мен бәліш пісіреміз.',
		required: true,
	},
	{ id: 'summary-ru', kind: 'input', label: 'Қысқаша сипаттама (орысша) / Summary (Russian)' },
	{ id: 'summary-en', kind: 'input', label: 'Қысқаша сипаттама (ағылшынша) / Summary (English)' },
	{ id: 'category', kind: 'dropdown', label: 'Санаты / Category', vocabulary: 'categories', multiple: false, required: true },
	{ id: 'village', kind: 'dropdown', label: 'Елді мекен / Village', vocabulary: 'places', multiple: false, required: true },
	{ id: 'since', kind: 'input', label: 'Қай жылдан бері / In business since (year)', placeholder: '2019', required: true },
	{
		id: 'jobs',
		kind: 'input',
		label: 'Жұмыс орындары / Jobs',
		description: 'Тұрақты жұмыс істейтін адам саны. / People permanently employed.',
		placeholder: '3',
	},
	{
		id: 'delivery-areas',
		kind: 'dropdown',
		label: 'Жеткізу аймақтары / Delivery areas',
		vocabulary: 'delivery-areas',
		multiple: true,
		required: true,
	},
	{
		id: 'delivery-modes',
		kind: 'dropdown',
		label: 'Жеткізу тәсілдері / Delivery modes',
		vocabulary: 'delivery-modes',
		multiple: true,
		required: true,
	},
	{
		id: 'payments',
		kind: 'dropdown',
		label: 'Төлем тәсілдері / Payment methods',
		vocabulary: 'payment-methods',
		multiple: true,
		required: true,
	},
	{
		id: 'whatsapp',
		kind: 'input',
		label: 'WhatsApp',
		description: 'Кемінде бір байланыс керек. / Give at least one contact.',
		placeholder: '+7 700 123 45 67',
	},
	{ id: 'phone', kind: 'input', label: 'Телефон / Phone', placeholder: '8 (72438) 2-10-15' },
	{
		id: 'telegram',
		kind: 'input',
		label: 'Telegram',
		description: 'Пайдаланушы аты, @-сыз. / User name, without @.',
		placeholder: 'damdi_nan',
	},
	{
		id: 'instagram',
		kind: 'input',
		label: 'Instagram',
		description: 'Пайдаланушы аты, @-сыз. / User name, without @.',
		placeholder: 'damdi_nan',
	},
	{
		id: 'address',
		kind: 'input',
		label: 'Мекенжай / Address',
		description: 'Көше мен үй немесе бағдар, өзі алып кету үшін. / Street and house, or a landmark, for pickup.',
		placeholder: 'Әйтеке би, Жанқожа батыр к-сі, 12',
	},
	{ id: 'products', kind: 'textarea', label: 'Өнімдер / Products', required: true },
	{
		id: 'story',
		kind: 'textarea',
		label: 'Әңгіме / Story',
		description: 'Кәсіп қалай басталды, не істейсіз: қарапайым мәтін. / How the business started and what you make: plain text.',
	},
	{ id: 'photos', kind: 'textarea', label: 'Суреттер / Photos', required: true },
	{
		id: 'consent',
		kind: 'checkboxes',
		label: 'Келісім / Consent',
		option: 'Мәліметтер шын, иесі оларды сайтта жариялауға келіседі. / The details are true, and the owner agrees to publish them.',
		required: true,
	},
];

/** The label of a vocabulary term as the form shows it: Kazakh, then English. */
export function optionLabel(term: Vocabulary[string]): string {
	return term.en && term.en !== term.kk ? `${term.kk} / ${term.en}` : term.kk;
}

function productsDescription(units: Vocabulary): string {
	const unitWords = Object.values(units)
		.map((term) => term.kk)
		.join(', ');
	const [inStock, toOrder, seasonal] = [
		availabilityWords['in-stock'][0],
		availabilityWords['made-to-order'][0],
		availabilityWords.seasonal[0],
	];
	return [
		'Әр жолға бір өнім / One product per line:',
		'`атауы | бағасы, ₸ | бірлігі | қолжетімділігі | ең аз тапсырыс | сурет №`',
		'`name | price, ₸ | unit | availability | minimum order | photo no.`',
		`Бірлік / unit: ${unitWords}. Қолжетімділік / availability: ${inStock} (in stock), ${toOrder} (made to order), ${seasonal} (seasonal).`,
		'Соңғы екі баған міндетті емес. / The last two columns are optional.',
	].join('\n\n');
}

const productsPlaceholder = ['Бидай наны | 250 | дана | бар | 1 | 2', '«Наполеон» торты | 6500 | дана | тапсырыспен | 1 | 3'].join('\n');

const photosDescription = [
	'Суреттерді осы өріске сүйреп әкеліңіз немесе қойыңыз: 1–12 сурет, JPEG, PNG не WebP, көлденең, ені кемінде 1200 px. Біріншісі — мұқаба; өнім жолындағы «сурет №» — осы тізімдегі реті.',
	'Drag and drop or paste 1–12 photos here: JPEG, PNG or WebP, landscape, at least 1200 px wide. The first is the cover; a product line’s “photo no.” is its number in this list.',
].join('\n\n');

const intro = [
	'**Кәсібіңізді каталогқа қосыңыз.** Өрістерді толтырыңыз. Модератор өтінімді қарап шыққан соң, біз жауаптардан жазба жасап, автоматты түрде тексереміз. Қате болса, осы өтінімге түсініктеме жазамыз; дұрыс болса, жазба қосу сұранысы (pull request) ашылады. Ол ашылғаннан кейін өтінімге енгізген өзгерістеріңіз модератор сұрағанда ғана қосылады: не өзгергенін түсініктемеде жазыңыз.',
	'**Добавьте свой бизнес в каталог.** Заполните поля. Когда модератор посмотрит заявку, мы сделаем из ответов запись и проверим её. Если что-то не так, мы напишем комментарий здесь; если всё верно, откроется pull request. После этого правки заявки попадают в него, только когда их запросит модератор: напишите в комментарии, что вы изменили.',
	'**List your business.** Fill in the fields. Once a maintainer has looked at the request, we turn the answers into an entry and check it. If something is wrong, we comment here; if all is well, a pull request opens for review. After that, changes to this request reach it only when a maintainer asks for them: say in a comment what you changed.',
].join('\n\n');

/** The issue form as data, with the vocabularies' current terms as choices. */
function issueForm(vocabularies: FormVocabularies): object {
	const body = formFields.map((field) => {
		const validations = field.required ? { validations: { required: true } } : {};
		const description =
			field.id === 'products' ? productsDescription(vocabularies.units) : field.id === 'photos' ? photosDescription : field.description;
		const placeholder = field.id === 'products' ? productsPlaceholder : 'placeholder' in field ? field.placeholder : undefined;
		switch (field.kind) {
			case 'dropdown':
				return {
					type: 'dropdown',
					id: field.id,
					attributes: { label: field.label, multiple: field.multiple, options: dropdownOptions(field.id, vocabularies[field.vocabulary]) },
					...validations,
				};
			case 'checkboxes':
				return { type: 'checkboxes', id: field.id, attributes: { label: field.label, options: [{ label: field.option, required: true }] } };
			default:
				return {
					type: field.kind,
					id: field.id,
					attributes: { label: field.label, ...(description && { description }), ...(placeholder && { placeholder }) },
					...validations,
				};
		}
	});
	return {
		name: 'Каталогқа қосылу / Add my business',
		description: 'Кәсібіңізді каталогқа қосу өтінімі. / Ask to list your business in the catalogue.',
		title: 'Каталогқа қосылу / New entry: ',
		// No labels: the label that starts the bot is a maintainer's to apply, after reading the issue.
		body: [{ type: 'markdown', attributes: { value: intro } }, ...body],
	};
}

function dropdownOptions(id: string, vocabulary: Vocabulary): string[] {
	const options = Object.values(vocabulary).map(optionLabel);
	const repeated = options.find((option, index) => options.indexOf(option) !== index);
	// GitHub refuses a form with two equal options, and the parser could not tell them apart.
	if (repeated) throw new Error(`Issue form field "${id}": two terms share the label "${repeated}". Give them different labels.`);
	return options;
}

const generatedNote = '# Generated by scripts/issue-form.ts from content/vocabularies: edit those, then run `npm run issue-form`.\n';

/** The issue form as YAML, ready for .github/ISSUE_TEMPLATE/new-entry.yml. */
export function renderIssueForm(vocabularies: FormVocabularies): string {
	return generatedNote + stringify(issueForm(vocabularies), { lineWidth: 0 });
}

/** The template chooser's links (.github/ISSUE_TEMPLATE/config.yml): the guide and the site, from the site configuration. */
export function renderIssueConfig(site: { url: string; repository: string }): string {
	const config = {
		blank_issues_enabled: true,
		contact_links: [
			{
				name: 'Нұсқаулық / Guide',
				url: `${site.repository}/blob/HEAD/CONTRIBUTING.md`,
				about: 'Жазба қалай қосылады, қандай суреттер керек. / How an entry is added and what photos to take.',
			},
			{ name: 'Каталог / The catalogue', url: site.url, about: 'Қазір каталогта барлар. / Who is listed now.' },
		],
	};
	return generatedNote + stringify(config, { lineWidth: 0 });
}
