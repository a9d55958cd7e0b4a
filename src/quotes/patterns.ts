/**
 * The quote patterns, by language and in the order they are tried: the table
 * of contents of the quote stage. Every quote carries the name of the pattern
 * that found it (`Quote.pattern`), so a wrong quote can be traced to the rule
 * that made it. docs/quotes.md and docs/english.md describe each one.
 *
 * The names are written as the pattern looks in text; no code tests a name to
 * decide anything.
 */

/** A quote pattern: its name, its language, the kind of quote it finds and a sentence it finds one in. */
export interface QuotePattern {
  readonly name: string;
  readonly language: 'rus' | 'eng';
  readonly kind: 'direct' | 'indirect';
  readonly example: string;
}

export const QUOTE_PATTERNS = [
  // Russian direct speech: at each pair of quotation marks (direct.ts), the attribution inside the marks, after
  // them, then before them; else a quoted sentence standing alone, which continues the speaker before it.
  { name: '«…, — сказал X, — …»', language: 'rus', kind: 'direct', example: '«Мы готовы, — сказал посол, — к диалогу».' },
  { name: '«…», — сказал X', language: 'rus', kind: 'direct', example: '«Мы готовы к диалогу», — заявил посол.' },
  { name: 'X сказал: «…»', language: 'rus', kind: 'direct', example: 'Посол сказал: «Мы готовы к диалогу».' },
  { name: 'X: «…»', language: 'rus', kind: 'direct', example: 'Владимир Путин: «Мы готовы к диалогу».' },
  { name: 'X …: «…»', language: 'rus', kind: 'direct', example: 'Сам Александр Белов оказался более дипломатичным: «Посмотрим».' },
  { name: '«…» (без слов автора)', language: 'rus', kind: 'direct', example: '«Мы живём в трудное время».' },
  // At the start of each paragraph: a dialogue line or an interview turn.
  { name: '— …, — сказал X', language: 'rus', kind: 'direct', example: '— Они что, панки? — интересуется Мураками.' },
  { name: 'X: …', language: 'rus', kind: 'direct', example: 'Голос Америки: Что вы думаете о переговорах?' },
  // Over the paragraphs: interview turns with no labels, a question and its answer each opening with a dash.
  { name: '— …? ‖ — …', language: 'rus', kind: 'direct', example: '— Когда закончится спад?\n— Мы ожидаем рост во втором квартале.' },
  // In each sentence: unquoted words after a speech verb's colon.
  { name: 'X сказал: …', language: 'rus', kind: 'direct', example: 'Мама сказала: попробуй повоюй на его месте.' },

  // Russian reported speech (indirect.ts), tried in this order at each word of a sentence.
  { name: 'по словам X', language: 'rus', kind: 'indirect', example: 'По словам посла, мир возможен.' },
  { name: 'как сообщил X', language: 'rus', kind: 'indirect', example: 'Как сообщил посол, переговоры продолжатся.' },
  { name: 'Как пояснил X, «…»', language: 'rus', kind: 'direct', example: 'Как пояснил прокурор, «обвинение будет поддержано».' },
  { name: 'Об этом сообщил X', language: 'rus', kind: 'indirect', example: 'Переговоры продолжатся. Об этом сообщил посол.' },
  { name: '…, о чём сообщил X', language: 'rus', kind: 'indirect', example: 'Переговоры продолжатся в среду, о чём сообщил посол.' },
  { name: 'X заявил, что …', language: 'rus', kind: 'indirect', example: 'Посол заявил в среду «Интерфаксу», что мир возможен.' },
  { name: 'X, считающий, что …', language: 'rus', kind: 'indirect', example: 'Против выступили депутаты, считающие, что закон нарушает права граждан.' },
  { name: '…, — считает X', language: 'rus', kind: 'indirect', example: 'Мир возможен, — считает посол.' },
  { name: '…, — считает X, знакомый с …', language: 'rus', kind: 'indirect', example: 'Сделка будет закрыта до конца года, говорит собеседник агентства, знакомый с ходом переговоров.' },
  { name: '…, — считает X, выступая …', language: 'rus', kind: 'indirect', example: 'Кризис закончился, заявил президент, выступая перед студентами.' },
  { name: '…, сообщает X, …', language: 'rus', kind: 'indirect', example: 'Число погибших, сообщает «Лента.ру», выросло до десяти.' },

  // English direct speech (english.ts): at each pair of quotation marks, the attribution after the marks, then
  // before them; else a quoted sentence standing alone, which continues the speaker before it.
  { name: '"…," X said', language: 'eng', kind: 'direct', example: '"We will win," Smith said.' },
  { name: 'X said: "…"', language: 'eng', kind: 'direct', example: 'John Smith said: "We will win."' },
  { name: 'As X explained, "…"', language: 'eng', kind: 'direct', example: 'As the prosecutor explained, "the charges will stand."' },
  { name: '"…" (unattributed)', language: 'eng', kind: 'direct', example: '"We will respond in kind to any attack."' },

  // English reported speech, one report per sentence, tried in this order (`according to` opening the sentence
  // first, anywhere else last); then a speech participle's clause, a report of its own.
  { name: 'according to X', language: 'eng', kind: 'indirect', example: 'According to officials, 200 people died.' },
  { name: 'As X said, …', language: 'eng', kind: 'indirect', example: 'The talks will resume in Geneva, as the minister told reporters.' },
  { name: 'X said (that) …', language: 'eng', kind: 'indirect', example: 'Lavrov told Reuters on Wednesday that the talks had failed.' },
  { name: 'X reported, citing Y, that …', language: 'eng', kind: 'indirect', example: 'Reuters reported, citing a source, that the talks had failed.' },
  { name: '…, which X announced', language: 'eng', kind: 'indirect', example: 'The talks will resume in Geneva, which the ministry announced on Monday.' },
  { name: '…, X said', language: 'eng', kind: 'indirect', example: 'The talks had failed, the minister said.' },
  { name: '…, X said, …', language: 'eng', kind: 'indirect', example: 'These plans are unrealistic, Smith believes, so they will be postponed.' },
  { name: 'X, saying that …', language: 'eng', kind: 'indirect', example: 'The opposition criticized the vote, saying that it had been rigged.' },
] as const satisfies readonly QuotePattern[];

/** The name of a quote pattern. */
export type PatternName = (typeof QUOTE_PATTERNS)[number]['name'];
