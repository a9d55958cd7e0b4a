/**
 * Hostile inputs of any size: the runs of one mark, the endless word, the
 * million lines that a careless rule turns quadratic. The benchmark times
 * `analyze` on them at 1 MB against news of the same size; the tests check
 * the document invariants on them at a smaller size.
 */

import locations from '../../src/data/gazetteer/locations.json';
import organisations from '../../src/data/gazetteer/organisations.json';

export interface Adversary {
  name: string;
  /** A text of exactly `size` UTF-16 code units (when `size` > 0). */
  make(size: number, news: string): string;
}

/** `unit` repeated and cut to `size` code units. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A deterministic pseudo-random sequence, so that every run times the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function mix(size: number, alphabet: readonly string[], seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  for (let length = 0; length < size; ) {
    const part = alphabet[Math.floor(next() * alphabet.length)]!;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

/** Distinct Russian-looking surnames: three syllables and an ending, 24³ × 4 of them, the n-th always the same. */
const SYLLABLES = ['ба', 'ве', 'го', 'ду', 'же', 'зо', 'ки', 'ла', 'ме', 'но', 'пу', 'ра', 'се', 'ту', 'фи', 'ха', 'це', 'чу', 'ша', 'бо', 'ви', 'гу', 'да', 'ре'];
function surname(n: number, endings = ['нов', 'рев', 'кин', 'ский']): string {
  const s = SYLLABLES.length;
  const stem = SYLLABLES[n % s]! + SYLLABLES[Math.floor(n / s) % s]! + SYLLABLES[Math.floor(n / s / s) % s]!;
  return stem[0]!.toUpperCase() + stem.slice(1) + endings[Math.floor(n / s / s / s) % endings.length]!;
}
const FIRST = ['Иван', 'Пётр', 'Сергей', 'Анна', 'Мария', 'Олег', 'Дмитрий', 'Елена', 'Ольга', 'Андрей', 'Наталья', 'Алексей'];
const TITLES = ['министр', 'губернатор', 'посол', 'депутат', 'мэр', 'глава района', 'заместитель министра', 'директор завода'];
const ENGLISH_FIRST = ['John', 'Mary', 'David', 'Susan', 'Robert', 'Linda', 'James', 'Karen', 'Michael', 'Nancy', 'William', 'Laura'];
const ENGLISH_TITLES = ['Secretary of State', 'Prime Minister', 'Foreign Minister', 'Senator', 'Governor', 'Ambassador', 'Defense Secretary', 'Chief Executive'];
/** Distinct English-looking surnames. */
const englishSurname = (n: number): string => {
  const name = surname(n, ['son', 'ley', 'ton', 'ford']);
  return name.replace(/./g, (c) => TRANSLIT[c.toLowerCase()] === undefined ? c : c === c.toLowerCase() ? TRANSLIT[c]! : TRANSLIT[c.toLowerCase()]!.toUpperCase());
};
const TRANSLIT: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh' };

/** `unit(i)` for i = 0, 1, 2 … joined and cut to `size` code units. */
function series(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1);
const names = (list: readonly (string | { name: string })[]): string[] => list.map((entry) => (typeof entry === 'string' ? entry : entry.name));
const ORGANISATIONS = names(Object.values(organisations).filter(Array.isArray).flat() as (string | { name: string })[]);
const PLACES = names(Object.values(locations).filter(Array.isArray).flat() as string[]);

export const ADVERSARIES: readonly Adversary[] = [
  { name: '« × n', make: (size) => fill('«', size) },
  { name: '» × n', make: (size) => fill('»', size) },
  { name: '" × n', make: (size) => fill('"', size) },
  { name: '— × n', make: (size) => fill('—', size) },
  { name: '- × n', make: (size) => fill('-', size) },
  { name: '. × n', make: (size) => fill('.', size) },
  { name: ': × n', make: (size) => fill(':', size) },
  { name: '( × n', make: (size) => fill('(', size) },
  { name: '"Иван Иван …"', make: (size) => fill('Иван ', size) },
  { name: '"Иван. Иван. …"', make: (size) => fill('Иван. ', size) },
  { name: '"А. Б. В. …" (initials)', make: (size) => fill('А. ', size) },
  { name: 'one endless word', make: (size) => fill('а', size) },
  { name: 'one endless capitalised word', make: (size) => `Б${fill('а', size - 1)}` },
  { name: 'glued words "ВодневЧрезвычайный…"', make: (size) => fill('ВодневЧрезвычайный', size) },
  { name: 'one endless number', make: (size) => fill('7', size) },
  { name: '\\n × n', make: (size) => fill('\n', size) },
  { name: '"а\\n" × n (one-letter lines)', make: (size) => fill('а\n', size) },
  { name: '"ab\\n" × n (Latin lines)', make: (size) => fill('ab\n', size) },
  { name: '"-\\n" × n', make: (size) => fill('-\n', size) },
  { name: 'random short lines', make: (size) => mix(size, ['а', 'б', 'Ж', 'x', 'Q', 'ə', 'ї', 'ў', '1', '.', ' ', '\n', '\n', '\n'], 1) },
  { name: 'random quotes, dashes, dots, capitals', make: (size) => mix(size, ['«', '»', '"', '„', '“', '—', '-', '.', '!', '?', 'А', 'Я', ' ', 'Б.', ' — '], 2) },
  { name: 'random marks, no spaces', make: (size) => mix(size, ['«', '»', '"', '—', '-', '.', ',', ':', ';', '(', ')', '!', '?', '…', '*', '/', '@', '#'], 3) },
  { name: '"x@" × n (e-mail triggers)', make: (size) => fill('x@', size) },
  { name: '"@x" × n (handle triggers)', make: (size) => fill(' @x', size) },
  { name: 'www. + ")" × n (address tail)', make: (size) => `www.x${fill(')', size - 5)}` },
  { name: '"www.x." × n (one endless address)', make: (size) => fill('www.x.', size) },
  { name: 'lone surrogates and zero-width', make: (size) => mix(size, ['\ud800', '\udc00', '\u200b', '\u200d', '\ufeff', '\u0301', 'а', ' '], 4) },
  { name: 'control characters', make: (size) => mix(size, ['\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\v', '\f', 'а', '.'], 5) },
  { name: 'quote + dash attribution × n', make: (size) => fill('«Мы не отступим», — заявил посол Иван Петров. ', size) },
  { name: 'reported speech, title and pronoun × n', make: (size) => fill('Посол Иван Петров заявил, что да. Дипломат сказал, что нет. Он считает, что все так. ', size) },
  { name: '"по словам Ивана, " × n (one sentence)', make: (size) => fill('по словам Ивана, ', size) },
  { name: '"Иван сказал: " × n (one sentence)', make: (size) => fill('Иван сказал: ', size) },
  { name: 'dialogue lines × n', make: (size) => fill('— Да, — сказал он. — Нет.\n', size) },
  { name: 'one paragraph of quoted paragraphs (never closed)', make: (size) => fill('«Текст абзаца без конца\n\n', size) },
  // Chains: one speaker label, colon or opening quotation mark after another, never closed.
  { name: 'speaker labels "Иван Петров: " × n', make: (size) => fill('Иван Петров: ', size) },
  { name: 'speaker labels and opening quotes "Иван: «Да " × n', make: (size) => fill('Иван: «Да ', size) },
  { name: 'distinct speaker labels "Иван Бавего: «" × n', make: (size) => series(size, (i) => `${FIRST[i % FIRST.length]} ${surname(i)}: «`) },
  { name: 'chat transcript, quotes never closed', make: (size) => series(size, (i) => `${FIRST[i % FIRST.length]} ${surname(i % 50)}: «${i % 3 === 0 ? 'Привет' : 'Да, конечно'}\n`) },
  { name: 'colon chain "Иван: Пётр: " × n', make: (size) => fill('Иван: Пётр: Сергей: ', size) },
  { name: 'colons and capitals ": А" × n', make: (size) => fill(': А', size) },
  { name: 'unclosed quotes "«Иван сказал " × n', make: (size) => fill('«Иван сказал ', size) },
  { name: 'unclosed quotes "сказал он: «" × n', make: (size) => fill('сказал он: «', size) },
  { name: 'nested openings „«“ × n', make: (size) => fill('„«“Да ', size) },
  { name: 'names and dashes "— Иван Петров, — " × n', make: (size) => fill('— Иван Петров, — ', size) },
  // Many distinct people, each named or quoted once.
  { name: 'distinct people, each quoted', make: (size) => series(size, (i) => `${capital(TITLES[i % TITLES.length]!)} ${FIRST[i % FIRST.length]} ${surname(i)} заявил: «Мы работаем». `) },
  { name: 'distinct people, reported speech', make: (size) => series(size, (i) => `По словам ${surname(i)}а, всё идёт по плану. ${FIRST[i % FIRST.length]} ${surname(i + 7)} сказал, что нет. `) },
  { name: 'distinct people, then each by bare title', make: (size) => series(size, (i) => `${capital(TITLES[i % TITLES.length]!)} ${FIRST[i % FIRST.length]} ${surname(i)} прибыл в город. ${capital(TITLES[i % TITLES.length]!)} заявил: «Мы работаем». `) },
  { name: 'distinct people, quotes by bare title after', make: (size) => series(size, (i) => `${capital(TITLES[i % TITLES.length]!)} ${FIRST[i % FIRST.length]} ${surname(i)} выступил. «Мы работаем», — сказал ${TITLES[i % TITLES.length]}. `) },
  { name: 'distinct people, one list', make: (size) => series(size, (i) => `${TITLES[i % TITLES.length]} ${FIRST[i % FIRST.length]} ${surname(i)}, `) },
  { name: 'distinct people, one paragraph, quotes by surname', make: (size) => series(size, (i) => `«Да», — сказал ${FIRST[i % FIRST.length]} ${surname(i)}. ${surname(i)} добавил: «Нет». `) },
  { name: 'English titles and names list', make: (size) => series(size, (i) => `${ENGLISH_TITLES[i % ENGLISH_TITLES.length]} ${ENGLISH_FIRST[i % ENGLISH_FIRST.length]} ${englishSurname(i)}, `) },
  { name: 'English quotes by distinct people', make: (size) => series(size, (i) => `"We will act," ${ENGLISH_TITLES[i % ENGLISH_TITLES.length]} ${ENGLISH_FIRST[i % ENGLISH_FIRST.length]} ${englishSurname(i)} said. `) },
  { name: 'English quotes by bare title', make: (size) => series(size, (i) => `${ENGLISH_TITLES[i % ENGLISH_TITLES.length]} ${ENGLISH_FIRST[i % ENGLISH_FIRST.length]} ${englishSurname(i)} arrived. "We will act," the ${ENGLISH_TITLES[i % ENGLISH_TITLES.length]!.split(' ').pop()!.toLowerCase()} said. `) },
  { name: 'English reported speech by distinct people', make: (size) => series(size, (i) => `${ENGLISH_TITLES[i % ENGLISH_TITLES.length]} ${ENGLISH_FIRST[i % ENGLISH_FIRST.length]} ${englishSurname(i)} said that the talks would go on. `) },
  { name: 'English "said Mr." × n (one sentence)', make: (size) => fill('said Mr. John Smith and ', size) },
  // Long lists of organisations and places.
  { name: 'organisations list', make: (size) => series(size, (i) => `${ORGANISATIONS[i % ORGANISATIONS.length]}, `) },
  { name: 'distinct companies ООО «…» list', make: (size) => series(size, (i) => `ООО «${surname(i)}», `) },
  { name: 'places list', make: (size) => series(size, (i) => `${PLACES[i % PLACES.length]}, `) },
  { name: 'distinct towns "в городе …" list', make: (size) => series(size, (i) => `в городе ${surname(i, ['ск', 'ово', 'ино', 'град'])}, `) },
  // No sentence end at all.
  { name: 'one paragraph of news, no sentence end', make: (size, news) => news.replace(/[.!?…\n]+/g, ' ').slice(0, size) },
  { name: 'news with CRLF', make: (size, news) => news.replace(/\r?\n/g, '\r\n').slice(0, size) },
  { name: 'news without spaces', make: (size, news) => news.replace(/\s+/g, '').slice(0, size) },
  { name: 'news in capitals', make: (size, news) => news.slice(0, size).toUpperCase() },
  { name: 'news in lower case', make: (size, news) => news.slice(0, size).toLowerCase() },
  { name: 'news with no-break spaces', make: (size, news) => news.replace(/ /g, '\u00a0').slice(0, size) },
  // Word forms never seen, one after another: each is guessed from its ending and fills the caches.
  { name: 'distinct made-up words, lower case', make: (size) => series(size, (i) => `${madeUpWord(i)} `) },
  // Names joined or cut by marks that may belong to a word (`О'Нил`, `Иван/Пётр`, `Иван…`).
  { name: 'names joined by slashes "Иван/" × n', make: (size) => fill('Иван/', size) },
  { name: 'apostrophes "О\'" × n', make: (size) => fill("О'", size) },
  { name: 'ellipsis after each name "Иван… " × n', make: (size) => fill('Иван… ', size) },
  { name: 'brackets opened before names "((Иван " × n', make: (size) => fill('((Иван ', size) },
  // Scraped pages: markup left in the text, and a line in another language after each Russian one.
  { name: 'HTML markup "<p class=…>" × n', make: (size) => fill('<p class="lead">Посол Иван Петров заявил, что да.</p>\n', size) },
  { name: 'Azerbaijani and Russian lines', make: (size) => fill('Prezident İlham Əliyev bildirib ki, Azərbaycan hazırdır.\nПрезидент Ильхам Алиев заявил, что страна готова.\n', size) },
  // Site names and short Latin words, each a mention of its own with no bracket anywhere before it (a search back for one read the whole text).
  { name: 'sources "сообщает Ru, " × n', make: (size) => fill('сообщает Ru, ', size) },
  { name: 'site names "Газета.Ru " × n', make: (size) => fill('Газета.Ru ', size) },
  // Posts stated again and again: every title opens a role, every name takes one.
  { name: 'appositions "посол Франции в Италии Иван Петров, " × n', make: (size) => series(size, (i) => `${TITLES[i % TITLES.length]} Франции в Италии ${FIRST[i % FIRST.length]} ${surname(i % 500)}, `) },
  // Names an adjective opens inside a sentence, each said again at a sentence's start (rule `adjective name again at the start`).
  { name: 'adjective names again "Тверский театр … солист Тверского театра" × n', make: (size) => series(size, (i) => `${surname(i % 700, ['ский'])} театр открыл сезон. Пел солист ${surname(i % 700, ['ского'])} театра. `) },
];

/** A made-up Russian-looking word, lower case, the n-th always the same: three syllables and a common ending. */
function madeUpWord(n: number): string {
  return surname(n, ['ость', 'ировать', 'ами', 'ного']).toLowerCase();
}
