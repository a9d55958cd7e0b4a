/**
 * Direct speech: words in quotation marks with their attribution
 * (`А: «П».`, `«П», — а.`, `«П, — а, — п».`, `"…", - заявил посол.`),
 * dialogue lines that open with a dash, unquoted words after a speech verb's
 * colon, and interview turns (`Голос Америки: …`).
 */
import type { WordAnalysis } from '../morphology/morphology.js';
import { attributionFrom, introductionTo, type AttributionGrammar, type CueAndSpeaker } from './attribution.js';
import { documentAuthor } from './indirect.js';
import { isCitingCue, isImpersonalVerb, isPageLabel, isSourceNoun, isWordsCitingCue, pointingVerbObjectCue, speechReading, wordsCitingReading } from './lexicon.js';
import { contentPieces, DASHES, endsSentence, MIN_FREE_WORDS, paragraphEndToken, phraseCue, piece, startsClause, wordCount, wordCue, type Draft, type DraftCue, type Piece } from './draft.js';
import type { QuotedSpan } from './quotation-marks.js';
import type { PatternName } from './patterns.js';
import { isPunctuation, isWord } from '../tokens.js';
import { citedSpeaker, phraseFrom, sentenceSubject, subjectAfter, subjectBefore, withNamedApposition, type TokenRange } from './phrases.js';
import { firstWord, tokenAtOrAfter, type DocumentView } from './view.js';

/** Tokens an attribution may span after a quote (`— заявил в интервью РИА Новости посол Азербайджана в Казахстане`). */
const ATTRIBUTION_WINDOW = 16;

/** A Russian cue: a speech verb's form (not a participle or an infinitive), with the reading its subject agrees with. */
interface Cue extends DraftCue {
  readonly reading: WordAnalysis;
}

const RUSSIAN: AttributionGrammar<Cue> = {
  cueAt(view, i) {
    const word = view.words[i]!;
    // `«…» — такое заявление сделал X`.
    const pointing = pointingVerbObjectCue(view.words, i);
    if (pointing) return { ...phraseCue(view, i, i + 3, pointing.lemma), reading: pointing.reading };
    const reading = isWord(word) ? speechReading(word) ?? wordsCitingReading(view.words, i) : undefined;
    if (!reading || reading.pos === 'PRTF' || reading.pos === 'INFN') return null;
    return { ...wordCue(i, reading.lemma), reading };
  },
  // An agentless cue has the author of the document it cites (`«…», — говорится в заявлении компании`).
  speakerAfter: (view, cue, end) =>
    isImpersonalVerb(view.words[cue.first]!) ? documentAuthor(view, cue.end, end)
      : isWordsCitingCue(cue.lemma) ? citedSpeaker(view, cue.end, end, true)
      : isCitingCue(cue.lemma) ? citedSpeaker(view, cue.end, end) ?? subjectAfter(view, cue.end, cue.reading, end)
        : subjectAfter(view, cue.end, cue.reading, end),
  speakerBefore: (view, cue, first) => subjectBefore(view, cue.first, cue.reading, first),
  // An adverb or particle (`так`, `тогда`, `также`) says how, not who.
  leadsCue: (view, i) => isWord(view.words[i]!) && !view.mentionAt[i] && ['ADVB', 'PRCL', 'CONJ'].includes(view.words[i]!.analyses[0]?.pos ?? ''),
};

interface Attribution {
  readonly cue: DraftCue | null;
  readonly speaker: TokenRange | null;
  /** First token after the attribution. */
  readonly end: number;
  readonly pattern: PatternName;
}

/** The direct quote a pair of quotation marks holds, if it is speech. */
export function quotedSpeech(view: DocumentView, span: QuotedSpan): Draft | null {
  const open = tokenAtOrAfter(view, span.open);
  const close = tokenAtOrAfter(view, span.close);
  const { words } = view;
  if (words[open]?.token.start !== span.open || words[close]?.token.start !== span.close) return null;
  const wordsInside = wordCount(view, open + 1, close);
  if (wordsInside === 0) return null;
  const content = contentPieces(view, span, open, close);
  if (content.length === 0) return null;

  const opensClause = startsClause(view, open);
  const inside = interruption(view, open + 1, close);
  const after = attributionAfter(view, close + 1, opensClause);
  const before = introduction(view, open);
  const freeStanding = opensClause && (endsSentence(view, close) || after !== null);
  if (!before && !after && !inside && !freeStanding) return null;
  // Rule `periodInside`: a short quoted sentence that ends with its own period inside the marks (`«Контакты продолжаются.»`)
  // is speech, as no name or title ends with a period (`«Газпром».` has it outside).
  const periodInside = wordsInside >= 2 && isPunctuation(words[close - 1]!, '.');
  if (!before && !after && !inside && wordsInside < MIN_FREE_WORDS && !periodInside) return null;
  if (before?.cue === null && !before.speaker && wordsInside < MIN_FREE_WORDS) return null;

  const source = inside ?? after ?? before;
  const pieces = inside ? splitAround(view, content, inside, open + 1, close) : content;
  if (!source) return { kind: 'direct', content: pieces, cue: null, speaker: null, inherits: true, pattern: '«…» (без слов автора)' };
  return { kind: 'direct', content: pieces, cue: source.cue, speaker: source.speaker, inherits: false, pattern: source.pattern };
}

/** `«П», — сказал X.`, `«П?!» — а.`, `"…", - заявил посол.`, `«П», — X сказал.` */
function attributionAfter(view: DocumentView, from: number, undashedAllowed = false): Attribution | null {
  const { words } = view;
  let i = from;
  while (i < words.length && isPunctuation(words[i]!, ',!?…')) i++;
  if (i >= words.length) return null;
  // `«…» заявил после инаугурации X.`: a verb in lower case right after a quote that opens its sentence needs no dash
  // (`Газета «Взгляд» опубликовала …` is not speech).
  const undashed = undashedAllowed && isWord(words[i]!) && words[i]!.shape === 'lower' && speechReading(words[i]!)?.pos === 'VERB';
  if (!undashed && !isPunctuation(words[i]!, DASHES)) return null;
  const dash = undashed ? i - 1 : i;
  const limit = Math.min(words.length, dash + 1 + ATTRIBUTION_WINDOW, paragraphEndToken(view, dash + 1));
  const end = clauseLimit(view, dash + 1, limit);
  const found = attributionFrom(view, dash + 1, end, end, RUSSIAN) ?? (undashed ? null : authorsWords(view, from, dash, end));
  // Undashed, the speaker follows the verb (`«Спасибо» сказали все`); with none, the quoted name is the verb's subject
  // (`«Роскосмос» сообщил, что …`), not what was said.
  if (undashed && !found?.speaker) return null;
  // `— сказал председатель профсоюза, водитель автобуса Михаил Орлов.`: the title's apposition names the speaker.
  const speaker = found?.speaker ? withNamedApposition(view, found.speaker, end) : null;
  return found && { cue: found.cue, speaker, end, pattern: '«…», — сказал X' };
}

/**
 * Rule `authorsWords`: in `«П», — а.` the punctuation itself marks the author's words, whatever their verb
 * (`«…», — пошутил министр`, `— вздохнула она`, `— отрезал тренер`): a finite verb right after the dash, with the
 * subject agreeing with it after it, is the cue. Only after a comma or the speech's own `?`, `!`, `…` before the
 * dash (`«Спартак» — …` after a name has none), and only with a subject found.
 */
function authorsWords(view: DocumentView, from: number, dash: number, end: number): CueAndSpeaker<Cue> | null {
  const { words } = view;
  let marked = false;
  for (let k = from; k < dash; k++) marked ||= isPunctuation(words[k]!, ',!?…');
  if (!marked && !isPunctuation(words[from - 2] ?? words[from - 1]!, '!?…')) return null;
  const verb = words[dash + 1];
  if (!verb || !isWord(verb) || verb.shape !== 'lower' || view.mentionAt[dash + 1]) return null;
  const reading = verb.analyses[0];
  if (reading?.pos !== 'VERB' || reading.tags.includes('1per') || reading.tags.includes('2per') || reading.tags.includes('impr')) return null;
  const cue: Cue = { ...wordCue(dash + 1, reading.lemma), reading };
  const speaker = RUSSIAN.speakerAfter(view, cue, end);
  return speaker && { cue, speaker };
}

/** `«П, — а, — п».` and `«П, — а. — П».`: an attribution inside the marks, between dashes. */
function interruption(view: DocumentView, first: number, close: number): (Attribution & { readonly start: number }) | null {
  const { words } = view;
  for (let i = first + 1; i < close; i++) {
    if (!isPunctuation(words[i]!, DASHES) || words[i]!.text === '-' || !isPunctuation(words[i - 1]!, ',!?…')) continue;
    const attribution = attributionAfter(view, i - 1);
    if (!attribution || attribution.end > close) continue;
    return { ...attribution, start: i - 1, pattern: '«…, — сказал X, — …»' };
  }
  return null;
}

/** The speech before an attribution inside it and the speech after, then `content`'s later paragraphs. */
function splitAround(view: DocumentView, content: Piece[], inside: Attribution & { readonly start: number }, first: number, close: number): Piece[] {
  let resume = inside.end;
  while (resume < close && view.words[resume]!.token.kind === 'punctuation') resume++;
  const pieces = [piece(view, first, inside.start + 1, true), piece(view, resume, close, true)].filter((p) => p !== null);
  // A quote over several paragraphs keeps its later paragraphs.
  return [...pieces, ...content.slice(1)];
}

/** `А: «П».` and `X сказал: «П».`: a colon before the opening mark, with the cue and speaker before it. */
function introduction(view: DocumentView, open: number): Attribution | null {
  const { words } = view;
  const colon = open - 1;
  if (colon < 0 || !isPunctuation(words[colon]!, ':')) return null;
  return colonSource(view, colon);
}

/** What stands before a colon that introduces speech: a cue with its speaker, or a speaker's label. */
function colonSource(view: DocumentView, colon: number): Attribution | null {
  const sentence = view.sentenceTokens[view.sentenceOf[colon]!]!;
  const found = introductionTo(view, colon - 1, sentence.first, RUSSIAN);
  // The subject set off from its verb by a phrase of its own (`Глава Минфина, выступая в Госдуме, подчеркнул:`) is the
  // sentence's, as for `X заявил, что …`.
  if (found) return { cue: found.cue, speaker: found.speaker ?? sentenceSubject(view, sentence.first, found.cue.first, found.cue.reading), end: colon + 1, pattern: 'X сказал: «…»' };
  const label = speakerLabel(view, sentence.first, colon);
  if (label) return { cue: null, speaker: label, end: colon + 1, pattern: 'X: «…»' };
  // `Сам Александр Белов оказался более дипломатичным: «…»`: the sentence's subject.
  return { cue: null, speaker: sentenceSubject(view, sentence.first, colon, undefined), end: colon + 1, pattern: 'X …: «…»' };
}

/** `Голос Америки:`, `В. Путин:`: a short name alone before a colon. */
function speakerLabel(view: DocumentView, first: number, colon: number): TokenRange | null {
  // Rule `markedLabel`: an abbreviation's stop and a name's quotation marks are the label's (`Корр.:`, `«РГ»:`).
  let stop = colon;
  while (stop > first && isPunctuation(view.words[stop - 1]!, '.»"“”')) stop--;
  const opening = first < stop && isPunctuation(view.words[first]!, '«"„“') ? first + 1 : first;
  const label = phraseFrom(view, opening, stop);
  if (!label || label.end !== stop || label.first !== firstWord(view, opening, stop)) return null;
  // A credit or a page's part (`Фото: РИА Новости`, `Читайте также: …`) is no one speaking.
  return isNamed(view, label) && !isPageLabel(view.words[label.first]!) ? { first, end: colon } : null;
}

/** A label names someone: it holds a person or an organisation, or is written with capitals. */
function isNamed(view: DocumentView, label: TokenRange): boolean {
  for (let i = label.first; i < label.end; i++) {
    const mention = view.mentionAt[i];
    if (mention && mention.type !== 'LOC') return true;
  }
  return label.end - label.first <= 4 && view.words.slice(label.first, label.end).every((word) => !isWord(word) || word.shape !== 'lower');
}

/** The end of an attribution: the next sentence-final mark, dash or quotation mark. */
function clauseLimit(view: DocumentView, from: number, limit: number): number {
  for (let j = from; j < limit; j++) {
    if (isPunctuation(view.words[j]!, '.!?…;:') && !(view.words[j]!.text === '.' && view.words[j - 1]!.text.length === 1)) return j;
    if (isPunctuation(view.words[j]!, DASHES) && view.words[j]!.text !== '-') return j;
    if (isPunctuation(view.words[j]!, ',') && j + 1 < limit && isPunctuation(view.words[j + 1]!, DASHES)) return j;
  }
  return limit;
}

/**
 * Dialogue and interview lines of a paragraph: `— П, — сказал X. — П.` and
 * `Голос Америки: П`. Returns null when the paragraph is neither.
 */
export function paragraphSpeech(view: DocumentView, first: number, end: number): Draft | null {
  const { words } = view;
  if (first >= end) return null;
  if (isPunctuation(words[first]!, DASHES) && first + 1 < end && isWord(words[first + 1]!)) {
    const inside = interruption(view, first + 1, end);
    if (!inside) return null;
    const content = splitAround(view, [], inside, first + 1, end);
    return content.length > 0 ? { kind: 'direct', content, cue: inside.cue, speaker: inside.speaker, inherits: false, pattern: '— …, — сказал X' } : null;
  }
  // An interview turn: a short label and a colon at the paragraph's start.
  for (let i = first; i < Math.min(end, first + 6); i++) {
    if (!isPunctuation(words[i]!, ':')) continue;
    if (i === first || isPunctuation(words[i + 1] ?? words[i]!, '«"„“')) return null;
    const label = speakerLabel(view, first, i);
    if (!label || wordCount(view, i + 1, end) < MIN_FREE_WORDS) return null;
    const content = piece(view, i + 1, end, true);
    return content ? { kind: 'direct', content: [content], cue: null, speaker: label, inherits: false, pattern: 'X: …' } : null;
  }
  return null;
}

/** `Мама сказала: попробуй повоюй на его месте.`: unquoted words after a speech verb's colon, to the sentence's end. */
export function colonSpeech(view: DocumentView, colon: number, sentenceEnd: number): Draft | null {
  const next = view.words[colon + 1];
  if (!next || !isWord(next)) return null;
  // Rule `reportAfterColon`: words that open with a source phrase of their own (`Слуцкий не согласился: по его словам, …`)
  // are reported speech, which the indirect patterns read, not the speaker's own words.
  if (next.folded === 'по' && [2, 3].some((k) => colon + k < sentenceEnd && isSourceNoun(view.words[colon + k]!))) return null;
  const source = colonSource(view, colon);
  if (!source?.cue) return null;
  const content = piece(view, colon + 1, sentenceEnd, true);
  if (!content) return null;
  return { kind: 'direct', content: [content], cue: source.cue, speaker: source.speaker, inherits: false, pattern: 'X сказал: …' };
}

