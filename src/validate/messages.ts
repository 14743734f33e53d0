import { defaultLocale, locales } from '../lib/locale.ts';
import { limits } from './limits.ts';

/** A message in both languages a contributor may read: Kazakh first, English beside it. */
export interface RuleMessage {
	kk: string;
	en: string;
}

/** The file names a translation of an entry's text may have: index.ru.mdx, index.en.mdx. */
export const translationFiles = locales.filter((locale) => locale !== defaultLocale).map((locale) => `index.${locale}.mdx`);
const translationNames = { kk: translationFiles.join(' немесе '), en: translationFiles.join(' or ') };
const kb = limits.frontMatterBytes / 1024;
const mb = limits.photoBytes / 1024 / 1024;
const earliest = limits.earliestDate;
const storyKb = limits.storyBytes / 1024;

/**
 * Every rule an entry is held to, with its message. The one place these texts live: the validator, the build,
 * the CI comment and docs/validation.md all show them as written here.
 */
export const messages = {
	// The file
	'file-utf8': { kk: 'Файл UTF-8 кодтауымен сақталуы керек.', en: 'The file must be saved as UTF-8 text.' },
	'file-missing': { kk: 'Жазба қалтасында index.mdx файлы болуы керек.', en: 'The entry folder must contain an index.mdx file.' },
	'file-link': {
		kk: 'content/ ішінде символдық сілтеме (symlink) болмауы керек: оның орнына файлдың өзін қосыңыз.',
		en: 'Symbolic links are not allowed under content/: add the file itself instead.',
	},
	'file-unreadable': {
		kk: 'Файлды соңына дейін тексеру мүмкін болмады: тексеруші оны оқып отырып тоқтап қалды.',
		en: 'The file could not be checked to the end: the checker stopped while reading it.',
	},
	'frontmatter-missing': {
		kk: 'Файл екі --- жолының арасына жазылған өрістерден (front matter) басталуы керек.',
		en: 'The file must start with its fields (front matter) between two --- lines.',
	},
	'frontmatter-size': { kk: `Өрістер бөлігі (front matter) ${kb} КБ-тан аспауы керек.`, en: `The front matter must be at most ${kb} KB.` },
	'frontmatter-shape': {
		kk: 'Өрістер бөлігі «өріс: мән» жолдарынан тұруы керек.',
		en: 'The front matter must be a list of fields, one «field: value» per line.',
	},
	'yaml-syntax': { kk: 'Өрістер бөлігі YAML ретінде оқылмайды.', en: 'The front matter is not valid YAML.' },
	'yaml-duplicate-key': { kk: 'Бір өріс екі рет жазылған.', en: 'A field is written twice.' },
	'yaml-alias': {
		kk: 'YAML зәкірлері мен сілтемелері (& және *) қолданылмайды.',
		en: 'YAML anchors and aliases (& and *) are not allowed.',
	},
	'yaml-merge-key': { kk: 'YAML біріктіру кілті (<<) қолданылмайды.', en: 'YAML merge keys (<<) are not allowed.' },
	'yaml-tag': { kk: 'YAML тегтері (! және !!) қолданылмайды.', en: 'YAML tags (! and !!) are not allowed.' },
	'yaml-multiple-documents': {
		kk: 'Өрістер бөлігі бір ғана YAML құжаты болуы керек.',
		en: 'The front matter must be a single YAML document.',
	},

	// The folder and its address
	'slug-format': {
		kk: 'Қалта атауы кіші латын әріптерінен, цифрлардан және жалғыз дефистерден тұруы керек.',
		en: 'The folder name must use lower-case Latin letters, digits and single hyphens.',
	},
	'slug-page-number': {
		kk: 'Қалта атауы тек цифрлардан тұрмауы керек: /producers/2/ сияқты мекенжайлар кәсіпкерлер тізімінің беттері.',
		en: 'The folder name must not be digits alone: addresses such as /producers/2/ are the pages of the producers list.',
	},
	'slug-duplicate': { kk: 'Тағы бір жазба қалтасы дәл осындай мекенжай береді.', en: 'Another entry folder makes the same address.' },
	'slug-removed': {
		kk: 'Жарияланған жазба бағыттаусыз (redirect) жойылған немесе қайта аталған: ескі сілтемелер ашылмай қалады.',
		en: 'A published entry was removed or renamed without a redirect: old links would break.',
	},
	'redirect-format': {
		kk: 'content/redirects.json ескі мекенжайды жаңасына сәйкестендіретін JSON объектісі болуы керек.',
		en: 'content/redirects.json must be a JSON object mapping old slugs to new ones.',
	},
	'redirect-target': { kk: 'Бағыттау бар жазбаға апаруы керек.', en: 'A redirect must lead to an existing entry.' },
	'redirect-page': { kk: 'Бағыттау сайтта бар бетке апаруы керек.', en: 'A redirect to a page must lead to a page the site has.' },
	'redirect-source-exists': {
		kk: 'Бағытталатын ескі мекенжай әлі де жазба қалтасы болып тұр.',
		en: 'A redirected old address is still an entry folder.',
	},
	'featured-format': {
		kk: 'content/featured.json жазба қалталарының атауларынан тұратын JSON тізімі болуы керек.',
		en: 'content/featured.json must be a JSON list of entry folder names.',
	},
	'featured-target': { kk: 'Таңдаулы кәсіпкер бар жазба болуы керек.', en: 'A featured producer must be an existing entry.' },

	// The fields
	required: { kk: 'Бұл өрісті толтыру міндетті.', en: 'This field is required.' },
	'unknown-field': { kk: 'Мұндай өріс жоқ: атауын тексеріңіз.', en: 'There is no such field: check its spelling.' },
	choice: { kk: 'Белгісіз мән: рұқсат етілген мәндердің бірін жазыңыз.', en: 'Unknown value: use one of the allowed values.' },
	price: { kk: 'Бағасы оң бүтін сан болуы керек (теңгемен).', en: 'Price must be a positive whole number of tenge.' },
	amount: { kk: 'Сома оң бүтін сан болуы керек (теңгемен).', en: 'The amount must be a positive whole number of tenge.' },
	count: { kk: 'Мұнда бүтін сан жазылуы керек.', en: 'This must be a whole number.' },
	year: {
		kk: 'Жыл төрт цифрмен жазылады және болашақ жыл бола алмайды.',
		en: 'A year is written with four digits and cannot be in the future.',
	},
	rate: { kk: 'Пайыздық мөлшерлеме 0 мен 100 аралығындағы сан болуы керек.', en: 'The rate must be a number of percent from 0 to 100.' },
	phone: { kk: 'Бұл қазақстандық телефон нөміріне ұқсамайды.', en: 'This is not a Kazakh phone number.' },
	handle: {
		kk: 'Пайдаланушы аты 3–32 латын әрпінен, цифрдан, нүктеден не астыңғы сызықтан тұрады, сілтемесіз жазылады.',
		en: 'A user name has 3–32 Latin letters, digits, dots or underscores, written without a link.',
	},
	'contact-missing': {
		kk: 'Кемінде бір байланыс көрсетіңіз: whatsapp, phone, telegram немесе instagram.',
		en: 'Give at least one contact: whatsapp, phone, telegram or instagram.',
	},
	date: { kk: 'Күн ЖЖЖЖ-АА-КК түрінде жазылуы керек.', en: 'A date must be written as YYYY-MM-DD.' },
	'text-empty': { kk: 'Мәтін бос болмауы керек.', en: 'The text must not be empty.' },
	'text-too-long': { kk: 'Мәтін тым ұзын.', en: 'The text is too long.' },
	'type-text': { kk: 'Мұнда мәтін жазылуы керек.', en: 'This must be text.' },
	'type-list': { kk: 'Мұнда тізім жазылуы керек.', en: 'This must be a list.' },
	'type-boolean': { kk: 'Мұнда true немесе false жазылуы керек.', en: 'This must be true or false.' },
	'type-object': { kk: 'Мұнда ішкі өрістер тобы жазылуы керек.', en: 'This must be a group of fields.' },
	'list-empty': { kk: 'Тізімде кемінде бір элемент болуы керек.', en: 'The list needs at least one item.' },
	'list-too-long': { kk: 'Тізімде элементтер тым көп.', en: 'The list has too many items.' },
	invalid: { kk: 'Бұл мән қабылданбайды.', en: 'This value is not accepted.' },
	'keyword-business': {
		kk: 'Кілт сөз каталогтағы басқа кәсіпкердің атауы бола алмайды.',
		en: 'A keyword must not be the name of another business in the catalogue.',
	},
	'maintainer-field': {
		kk: 'Бұл өрісті жазба авторы емес, сайтты жүргізушілер шешеді.',
		en: 'This field is the maintainers’ decision, not the entry’s.',
	},
	'date-future': { kk: 'Күн болашақта бола алмайды.', en: 'A date cannot be in the future.' },
	'date-too-old': { kk: `Күн ${earliest} күнінен ерте бола алмайды.`, en: `A date cannot be earlier than ${earliest}.` },
	'date-order': {
		kk: 'Соңғы тексерілген күн (lastChecked) жазба қосылған күннен (listed) ерте бола алмайды.',
		en: 'The day last checked (lastChecked) cannot be earlier than the day listed (listed).',
	},
	'text-invisible': {
		kk: 'Мәтінде көзге көрінбейтін не жазу бағытын өзгертетін таңба бар: оны өшіріңіз.',
		en: 'The text contains an invisible or direction-changing character: delete it.',
	},
	'list-duplicate': { kk: 'Тізімде бір мән екі рет жазылған.', en: 'The list names the same value twice.' },

	// Photos, in the fields and in the text
	'photo-url': {
		kk: 'Сурет веб-мекенжай емес, жазба қалтасындағы файл болуы керек.',
		en: 'A photo must be a file in the entry folder, not a web address.',
	},
	'photo-absolute': { kk: 'Сурет жолы жазба қалтасынан бастап жазылуы керек.', en: 'A photo path must be relative to the entry folder.' },
	'photo-outside': {
		kk: 'Сурет жазба қалтасының ішінде болуы керек (.. жазуға болмайды).',
		en: 'A photo must be inside the entry folder (no ..).',
	},
	'photo-path-characters': {
		kk: 'Сурет жолында %, ?, # таңбалары мен кері қиғаш сызық болмауы керек.',
		en: 'A photo path must not contain %, ?, # or a backslash.',
	},
	'photo-extension': {
		kk: 'Сурет .jpg, .jpeg, .png немесе .webp файлы болуы керек.',
		en: 'A photo must be a .jpg, .jpeg, .png or .webp file.',
	},
	'photo-svg': {
		kk: 'SVG суреттері қабылданбайды: оларда скрипт болуы мүмкін.',
		en: 'SVG images are not accepted: they can carry scripts.',
	},
	'photo-missing': { kk: 'Сурет файлы табылмады.', en: 'The photo file does not exist.' },
	'photo-format': { kk: 'Файл JPEG, PNG немесе WebP суреті емес.', en: 'The file is not a JPEG, PNG or WebP image.' },
	'photo-file-size': { kk: `Сурет файлы ${mb} МБ-тан аспауы керек.`, en: `A photo file must be at most ${mb} MB.` },
	'photo-too-big': {
		kk: `Суреттің әр жағы ${limits.photoMaxSide} пиксельден аспауы керек.`,
		en: `A photo must be at most ${limits.photoMaxSide} pixels on each side.`,
	},
	'photo-too-small': {
		kk: `Суреттің ені кемінде ${limits.photoMinWidth} пиксель болуы керек.`,
		en: `A photo must be at least ${limits.photoMinWidth} pixels wide.`,
	},
	'photo-unreadable': {
		kk: 'Суретті оқу мүмкін болмады: файл бүлінген болуы мүмкін.',
		en: 'The photo cannot be read: the file may be damaged.',
	},

	// The text about the business (the MDX body)
	'body-syntax': { kk: 'Кәсіп туралы мәтін MDX ретінде оқылмайды.', en: 'The story cannot be read as MDX.' },
	'body-esm': { kk: 'Кәсіп туралы мәтінде import пен export болмауы керек.', en: 'The story must not contain import or export.' },
	'body-expression': { kk: 'Кәсіп туралы мәтінде {өрнектер} болмауы керек.', en: 'The story must not contain {expressions}.' },
	'body-component': {
		kk: 'Бұл тегті не компонентті кәсіп туралы мәтінде қолдануға болмайды.',
		en: 'This tag or component is not allowed in the story.',
	},
	'body-attribute': { kk: 'Бұл компонентке мұндай атрибут берілмейді.', en: 'This component does not take this attribute.' },
	'body-event-attribute': { kk: 'Оқиғаны өңдейтін атрибуттар (on…) қолданылмайды.', en: 'Event-handler attributes (on…) are not allowed.' },
	'body-unsafe-tag': {
		kk: 'Кәсіп туралы мәтінде script, iframe, style, object, embed және form тегтері болмауы керек.',
		en: 'The story must not contain script, iframe, style, object, embed or form tags.',
	},
	'body-html': { kk: 'Кәсіп туралы мәтінде HTML коды болмауы керек.', en: 'The story must not contain raw HTML.' },
	'body-url-scheme': {
		kk: 'Сілтеме мен суретте javascript:, data: немесе vbscript: мекенжайлары болмауы керек.',
		en: 'Links and images must not use javascript:, data: or vbscript: addresses.',
	},
	'body-link': {
		kk: 'Сілтеме https:// немесе http:// деп басталатын толық веб-мекенжай болуы керек.',
		en: 'A link must be a full web address starting with https:// or http://.',
	},
	'body-footnote': {
		kk: 'Кәсіп туралы мәтінде сілтеме-ескертпе ([^1]) болмауы керек: ескертпені сөйлемнің өзіне жазыңыз.',
		en: 'The story must not contain footnotes ([^1]): write the note in the sentence itself.',
	},
	'body-nesting': {
		kk: `Безендіру, сілтемелер мен тегтер бір-бірінің ішінде ${limits.nestingDepth} деңгейден терең болмауы керек.`,
		en: `Formatting, links and tags must not be nested more than ${limits.nestingDepth} levels deep.`,
	},

	// The size and shape of a text, measured before it is parsed
	'story-size': { kk: `Кәсіп туралы мәтін ${storyKb} КБ-тан аспауы керек.`, en: `The story must be at most ${storyKb} KB.` },
	'story-line-length': {
		kk: `Мәтіннің бір жолы ${limits.lineLength} таңбадан аспауы керек.`,
		en: `A line of the story must be at most ${limits.lineLength} characters long.`,
	},
	'story-word-length': {
		kk: `Бос орынсыз жазылған таңбалар тізбегі ${limits.wordLength} таңбадан аспауы керек.`,
		en: `A run of characters without a space must be at most ${limits.wordLength} characters long.`,
	},
	'story-nesting': {
		kk: `Дәйексөздер (>) мен тізімдер бір-бірінің ішінде ${limits.nestingDepth} деңгейден терең болмауы керек.`,
		en: `Block quotes (>) and lists must not be nested more than ${limits.nestingDepth} levels deep.`,
	},

	// Translations beside the entry
	'story-locale': {
		kk: `Аударма файлы ${translationNames.kk} деп аталуы керек.`,
		en: `A translation must be named ${translationNames.en}.`,
	},
	'story-frontmatter': {
		kk: 'Аударма файлында өрістер болмайды: олар index.mdx файлында жазылады.',
		en: 'A translation has no fields: they are written in index.mdx.',
	},

	// Exhibitions: content/exhibitions/<id>.yaml
	'exhibition-producer': {
		kk: 'Көрме қатысушысы жазба қалтасының атауымен жазылуы керек: мұндай жазба жоқ.',
		en: 'A participant must be named by the folder of an entry: there is no such entry.',
	},
	'exhibition-stand': { kk: 'Бұл стенд нөмірі осы көрмеде екі рет берілген.', en: 'This stand number is given twice in the exhibition.' },
} satisfies Record<string, RuleMessage>;

/** The name of a rule, e.g. 'price' or 'body-esm'. */
export type RuleId = keyof typeof messages;

/** Every rule name, in the order of the table above. */
export const ruleIds = Object.keys(messages) as RuleId[];
