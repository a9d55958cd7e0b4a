/**
 * Hostile inputs of any size: the runs of one mark, the endless word, the
 * million lines that a careless rule turns quadratic. The benchmark times
 * `analyze` on them at 1 MB against news of the same size; the tests check
 * the document invariants on them at a smaller size.
 */

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
  { name: 'news with CRLF', make: (size, news) => news.replace(/\r?\n/g, '\r\n').slice(0, size) },
  { name: 'news without spaces', make: (size, news) => news.replace(/\s+/g, '').slice(0, size) },
];
