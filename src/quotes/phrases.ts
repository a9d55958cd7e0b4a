/**
 * Noun phrases around a cue: the speaker before the verb (`Глава государства
 * отметил`), after it (`— заявил посол Азербайджана в Казахстане`) or after a
 * source phrase (`по словам дипломата`). Ranges are token indices, end exclusive.
 */
import type { WordAnalysis } from '../morphology/morphology.js';
import { isPunctuation, isWord } from '../tokens.js';
import type { Word } from '../words/word.js';
import type { DocumentView } from './view.js';
import { isDayNoun, isDocumentNoun, isLatterAdjective, isOccasionNoun, isTemporalPreposition, isOrganisationKind, isPossessivePronoun, isTitleKey, isUnnamedSource } from './lexicon.js';

/** A range of token indices, end exclusive. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

const NOMINAL = new Set(['NOUN', 'NPRO', 'ADJF', 'PRTF', 'NUMR', 'UNKN']);
const NOUN_LIKE = new Set(['NOUN', 'NPRO']);
/** Verb forms whose next noun, if it may be accusative, is taken for their object (`раскритиковал премьер-министра`); full participles are NOMINAL instead. */
const GOVERNING_VERB = new Set(['VERB', 'INFN', 'GRND', 'PRTS']);
/** Words skipped between a subject and its verb: `Посол также заявил`, `Рашад Мамедов ранее подчеркнул`. */
const SKIPPED = new Set(['ADVB', 'PRCL', 'CONJ', 'PRED', 'COMP']);
const COORDINATING = new Set(['и']);
const PARTICIPLE: ReadonlySet<string> = new Set(['PRTF']);
const PARTICIPLE_OR_ADJECTIVE: ReadonlySet<string> = new Set(['PRTF', 'ADJF']);
/** Punctuation that may sit inside a speaker's name: `А. С. Пушкин`, `движения «Солидарность»`, `Agence France-Presse`. */
const INNER_PUNCTUATION = new Set(['.', '-', '«', '»', '"', '„', '“', '”', '&']);
/**
 * The most tokens a speaker phrase runs over: a title of a dozen words is normal in Russian news (`Государственный
 * секретарь по вопросам прав человека американского министерства иностранных дел`), then a name of up to three
 * words and its original spelling in brackets (`(Barry Lowenkron)`). A bound, so that the search stays linear.
 */
const PHRASE_TOKENS = 24;
/** The most tokens a name in brackets inside a speaker phrase runs over (`(Bill Gerstenmaier)`, `(ОДКБ)`). */
const BRACKETED_NAME_TOKENS = 6;

const best = (word: Word): WordAnalysis | undefined => word.analyses[0];
export const isPreposition = (word: Word): boolean => isWord(word) && best(word)?.pos === 'PREP';
/**
 * A word after a person's name that opens an adjunct of the clause, not part of the name's phrase: a preposition, or an adverb
 * that may also be one (`Наото Кан накануне визита главы МИДа пообещал`, `Иван Петров ранее в интервью заявил`).
 */
const opensAdjunct = (view: DocumentView, i: number): boolean =>
  governs(view, i) || (isWord(view.words[i]!) && !view.mentionAt[i] && best(view.words[i]!)?.pos === 'ADVB');
/**
 * Rule `nameDescription`: a comma after a person's name before a participle or adjective opens a clause that describes them
 * (`Калоев, потерявший в авиакатастрофе свою семью, заявил`), not part of the phrase that names them; a noun there is a
 * title in apposition (`Дейв Донателли, глава отдела HP`).
 */
function opensDescription(view: DocumentView, i: number): boolean {
  const next = view.words[i + 1];
  if (!isPunctuation(view.words[i]!, ',') || next === undefined || !isWord(next) || view.mentionAt[i + 1]) return false;
  const pos = best(next)?.pos;
  return ((pos === 'PRTF' || pos === 'ADJF') && !next.keys.some(isTitleKey)) || opensRelative(view, i + 1);
}

/** Words after a comma searched for the relative pronoun of a clause (`, слова которого приводит …`, `, по словам которой`). */
const RELATIVE_WINDOW = 3;

/**
 * Rule `relativeDescription`: so does a relative clause, whose `который` comes among its first words (`Министр Сергей
 * Цивилев, слова которого приводит «Интерфакс», сообщил`).
 */
function opensRelative(view: DocumentView, from: number): boolean {
  for (let j = from; j < Math.min(view.words.length, from + RELATIVE_WINDOW); j++) {
    const word = view.words[j]!;
    if (!isWord(word)) return false;
    if (word.analyses.some((reading) => reading.lemma === 'который')) return true;
  }
  return false;
}

/** A preposition at `i` that is no initial of a name (`сообщил В. Федоров`: `В` is in the person's mention). */
function governs(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (!isWord(word) || view.mentionAt[i]?.type === 'PER') return false;
  if (best(word)?.pos === 'PREP') return true;
  // An adverb that is also a preposition governs the noun after it in an oblique case (`накануне визита`), not a verb
  // (`накануне заявил`) nor a subject (`Накануне губернатор заявил`).
  const next = view.words[i + 1];
  if (!word.analyses.some((reading) => reading.pos === 'PREP') || next === undefined || !isWord(next)) return false;
  return next.analyses.some((reading) => NOMINAL.has(reading.pos) && reading.case !== undefined && reading.case !== 'nomn');
}

/** A word that can be part of a noun phrase: nouns, adjectives, names, unknown and Latin words. */
function isNominal(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (!isWord(word)) return false;
  if (view.mentionAt[i] || word.latin || word.analyses.length === 0) return true;
  return NOMINAL.has(best(word)!.pos) || (word.shape !== 'lower' && !word.sentenceStart && word.grammemes.has('NOUN')) || quantifies(view, i);
}

/**
 * Rule `quantifierBeforeNoun`: a word that may be a numeral (`несколько`, read first as an adverb) before a noun in the
 * genitive plural counts that noun and opens its phrase (`несколько телеграм-каналов написали`).
 */
function quantifies(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  const next = view.words[i + 1];
  return isWord(word) && word.analyses.some((reading) => reading.pos === 'NUMR') && next !== undefined && isWord(next) &&
    next.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'gent' && reading.number === 'plur');
}

/** Punctuation at `i` with a word glued to it on both sides (`NEWSru.com`). */
function inWord(view: DocumentView, i: number): boolean {
  const before = view.words[i - 1];
  const after = view.words[i + 1];
  return before !== undefined && after !== undefined && isWord(after) && before.token.end === view.words[i]!.token.start && view.words[i]!.token.end === after.token.start;
}

/** A word that may continue a noun phrase: nominal words, prepositions, `и`, and the punctuation of names. */
function continuesPhrase(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (word.text === '(' || word.text === ')') return bracketsName(view, i);
  // Rule `numberSign`: a number after `№` and the sign itself are a noun's complement (`Жительница дома № 12`, `школы № 5`).
  if (word.text === '№') return view.words[i + 1]?.token.kind === 'number';
  if (word.token.kind === 'number' && view.words[i - 1]?.text === '№') return true;
  if (word.token.kind === 'punctuation') {
    // Punctuation inside a name the entity stage took whole (`Фил О’Рейли`, `Шон О'Брайен`) is part of it.
    if (view.mentionAt[i] !== undefined && i > 0 && view.mentionAt[i - 1] === view.mentionAt[i] && view.mentionAt[i + 1] === view.mentionAt[i]) return true;
    if (!INNER_PUNCTUATION.has(word.text)) return false;
    // A dot belongs to an initial (`А.`) or to a domain name (`NEWSru.com`, `Лента.ру`), a hyphen to a word; quotation marks only around a name.
    // (A single capital letter's shape is `title`: nothing follows its capital.)
    if (word.text === '.') return i > 0 && ((view.words[i - 1]!.text.length === 1 && view.words[i - 1]!.shape === 'title') || inWord(view, i));
    return true;
  }
  // Rule `numberInName`: a number inside a name the entity stage took is part of it (`портал «Е1»`, `телеканал «Россия 24»`).
  if (word.token.kind === 'number' && view.mentionAt[i] !== undefined) return true;
  if (!isWord(word)) return false;
  if (COORDINATING.has(word.text.toLowerCase())) return true;
  // Rule `emphaticParticle`: `же` between a preposition's pronoun adjective and its noun is inside the adjunct, whose noun is
  // then no subject (`В этот же день президент`).
  if (word.folded === 'же' && i > 1 && best(view.words[i - 1]!)?.tags.includes('Apro') && governs(view, i - 2) && i + 1 < view.words.length && isNominal(view, i + 1)) return true;
  return isNominal(view, i) || governs(view, i);
}

/**
 * A bracket around a name right after a name (`Билл Герстенмайер (Bill Gerstenmaier)`, `… безопасности (ОДКБ)`):
 * the words between the brackets are all of entity mentions or Latin, and a mention stands right before the opening one.
 */
function bracketsName(view: DocumentView, i: number): boolean {
  const { words, mentionAt } = view;
  const named = (j: number): boolean => mentionAt[j] !== undefined || words[j]!.latin;
  let open = i;
  let close = i;
  if (words[i]!.text === '(') while (close < Math.min(words.length - 1, i + BRACKETED_NAME_TOKENS) && words[close]!.text !== ')') close++;
  else while (open > Math.max(0, i - BRACKETED_NAME_TOKENS) && words[open]!.text !== '(') open--;
  if (words[open]!.text !== '(' || words[close]!.text !== ')' || close - open < 2 || open === 0 || !mentionAt[open - 1]) return false;
  for (let j = open + 1; j < close; j++) if (isWord(words[j]!) && !named(j)) return false;
  return true;
}

/** Whether a reading of `word` is a nominative that the verb reading `verb` agrees with. */
function agreesAsSubject(view: DocumentView, i: number, verb: WordAnalysis | undefined): boolean {
  const word = view.words[i]!;
  const mention = view.mentionAt[i];
  if (word.latin || !word.analyses.some((reading) => reading.known)) return true;
  if (mention && (mention.type === 'ORG' || mention.type === 'LOC') && word.grammemes.has('Fixd')) return true;
  // A person's surname says little of their gender (`Алла Бут рассказала`, `Бут` being a masculine noun).
  if (mention?.type === 'PER' && word.analyses.some((reading) => reading.case === 'nomn' || reading.tags.includes('Fixd'))) return true;
  // Rule `nominativeByName`: a surname the dictionary reads only as another word's oblique form (`Травников`, the genitive
  // plural of `травник`) is nominative when the entity stage's nominative of its mention has it as written.
  if (mention?.type === 'PER' && mention.end === word.token.end && mention.normal.endsWith(word.text)) return true;
  const latter = standsForLatter(view, i) || oneOf(view, i);
  // Rule `substantiveTitle`: a title that is an adjective or participle by origin is a noun for a person (`рассказала
  // уполномоченный по правам человека`, `Управляющий заявил`), masculine for a woman too, as a title noun is.
  const title = !mention && (word.keys.some(isTitleKey) || substantive(view, i));
  return word.analyses.some((reading) => {
    if (title && (reading.pos === 'ADJF' || reading.pos === 'PRTF') && reading.case === 'nomn') {
      return !verb || (numberAgrees(reading, verb) && (reading.gender === 'masc' || genderAgrees(reading, verb)));
    }
    if (!NOUN_LIKE.has(reading.pos) && reading.pos !== 'UNKN' && !(latter && reading.pos === 'ADJF')) return false;
    if (reading.pos === 'UNKN') return true;
    if (reading.case !== 'nomn') return false;
    if (!verb) return true;
    return numberAgrees(reading, verb) && genderAgrees(reading, verb);
  });
}

function numberAgrees(noun: WordAnalysis, verb: WordAnalysis): boolean {
  if (!verb.number || !noun.number) return true;
  if (noun.tags.includes('Pltm') || noun.tags.includes('Fixd')) return true;
  return noun.number === verb.number;
}

function genderAgrees(noun: WordAnalysis, verb: WordAnalysis): boolean {
  if (!verb.gender || verb.number === 'plur' || !noun.gender) return true;
  if (noun.tags.includes('Ms-f') || noun.gender === 'ms-f' || noun.tags.includes('GNdr')) return verb.gender !== 'neut';
  // A title or a profession is masculine and names a woman too: `министр заявила`, `сообщила дипломат`.
  if (noun.gender === 'masc' && noun.tags.includes('anim') && verb.gender === 'femn') return true;
  return noun.gender === verb.gender;
}

/**
 * The subject before a verb at `cue`, within its sentence: the first nominative
 * that agrees with the verb in the run of nominal words before it, with the
 * adjectives before it and everything up to the verb.
 */
export function subjectBefore(view: DocumentView, cue: number, verb: WordAnalysis | undefined, floor: number): TokenRange | null {
  let end = cue;
  while (end > floor && isWord(view.words[end - 1]!) && (SKIPPED.has(best(view.words[end - 1]!)?.pos ?? '') || adverbAfterName(view, end - 1, floor)) && !view.mentionAt[end - 1]) end--;
  // `X раскритиковал Y и обвинил …`: the subject is the first verb's, further back.
  if (end > floor && COORDINATING.has(view.words[end - 1]!.text.toLowerCase())) return null;
  // `…, Ольга Васильева, которая отметила, что …`: a relative pronoun opening the clause is its subject, standing for its antecedent.
  if (end - 1 > floor && isRelativeSubject(view.words[end - 1]!) && isPunctuation(view.words[end - 2]!, ',')) return { first: end - 1, end };
  let first = end;
  while (first > floor && end - first < PHRASE_TOKENS && continuesPhrase(view, first - 1)) first--;
  // Right after a verb, a noun that may be accusative is its object (`раскритиковал премьер-министра Сильвио Берлускони`).
  const afterVerb = first > floor && isWord(view.words[first - 1]!) && GOVERNING_VERB.has(best(view.words[first - 1]!)?.pos ?? '');
  return subjectIn(view, first, end, verb, afterVerb);
}

/**
 * Rule `adverbAfterName`: right after a name, a word that may be an adverb or a comparative is one (`Дмитрий Песков позднее
 * уточнил`, `позднее` read first as an adjective), since a name ends its noun phrase and no adjective follows it there.
 */
function adverbAfterName(view: DocumentView, i: number, floor: number): boolean {
  if (i - 1 < floor || !view.words[i]!.analyses.some((reading) => reading.pos === 'ADVB' || reading.pos === 'COMP')) return false;
  const before = view.mentionAt[i - 1];
  return before !== undefined ? before.type !== 'LOC' : comparativeAfterNoun(view, i);
}

/**
 * Rule `comparativeAfterNoun`: a word that may be a comparative right after a common noun is the clause's adverb (`В
 * пресс-службе губернатора позднее уточнили`, `позднее` read first as an adjective): an adjective stands before its noun in news.
 */
function comparativeAfterNoun(view: DocumentView, i: number): boolean {
  const previous = view.words[i - 1];
  return previous !== undefined && isWord(previous) && !view.mentionAt[i] && best(previous)?.pos === 'NOUN' && view.words[i]!.analyses.some((reading) => reading.pos === 'COMP');
}

/** A nominative form of `который` (`которая`, `который`, `которые`): the subject of the relative clause it opens. */
const isRelativeSubject = (word: Word): boolean =>
  isWord(word) && word.analyses.some((reading) => reading.lemma === 'который' && reading.case === 'nomn');

/**
 * The subject at the start of the sentence, for a verb further on:
 * `Александр Брод, в свою очередь, сказал, что …`, `X вспомнил о …, и сказал, что …`.
 */
export function sentenceSubject(view: DocumentView, first: number, cue: number, verb: WordAnalysis | undefined): TokenRange | null {
  // The subject is looked for in the first 24 tokens only, so the search for the first verb stops there too
  // (a sentence of a thousand colons asks for its subject at each one).
  const window = Math.min(cue, first + 24);
  let end = first;
  while (end < window && !isFiniteVerb(view, end)) end++;
  return subjectIn(view, first, end, verb);
}

/**
 * The subject of a sentence's first finite verb when that verb is plural (`Представители Роскосмоса не подтвердили …`),
 * looked for from `first` up to `end`; null for a singular verb or none.
 */
export function pluralSubject(view: DocumentView, first: number, end: number): TokenRange | null {
  const window = Math.min(end, first + 24);
  let verb = first;
  while (verb < window && !isFiniteVerb(view, verb)) verb++;
  const reading = verb < window ? best(view.words[verb]!) : undefined;
  return reading?.number === 'plur' ? subjectIn(view, first, verb, reading) : null;
}

/**
 * The first nominative agreeing with `verb` in `[first, end)` that no preposition governs, with its adjectives, to `end` or
 * to a person's name before an adjunct. One that may be the genitive complement of a preposition's noun (`В беседе с
 * корреспондентом РИА Новости министр заявил`, `По итогам года министры`, `в интервью CNN`) is the subject only when
 * no later word can be.
 */
function subjectIn(view: DocumentView, first: number, end: number, verb: WordAnalysis | undefined, onlyNominative = false): TokenRange | null {
  let governed = false;
  /** After a preposition's noun, the words that may be its genitive complement (`с корреспондентом РИА Новости`, `по итогам года`). */
  let complement = false;
  /** The last head in such a complement: the subject only when no word after it can be one (`В Москве МИД России заявил`). */
  let fallback = -1;
  // Rule `coordinatedSubject`: a plural verb's subject may be singulars joined by `и`, each with its title (`Президент
  // Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян заявили`): before the last `и`, a singular may head it.
  let lastAnd = -1;
  if (verb?.number === 'plur') for (let i = first; i < end; i++) if (COORDINATING.has(view.words[i]!.text.toLowerCase())) lastAnd = i;
  for (let i = first; i < end; i++) {
    const word = view.words[i]!;
    if (governs(view, i)) {
      governed = true;
      continue;
    }
    if (governed) {
      if (isWord(word) && best(word) && NOUN_LIKE.has(best(word)!.pos)) {
        governed = false;
        complement = true;
      }
      continue;
    }
    if (complement && !(isWord(word) && mayBeGenitive(view, i))) complement = false;
    // A noun counted by a quantifier is the subject in the genitive (`Несколько экспертов заявили`, `Трое депутатов сообщили`).
    const counted = i > first && verb?.number !== 'sing' && quantifies(view, i - 1);
    if (!isWord(word) || !(agreesAsSubject(view, i, verb) || (i < lastAnd && agreesAsSubject(view, i, undefined)) || counted) || !isNominalHead(view, i)) continue;
    if (onlyNominative && word.analyses.some((reading) => reading.case === 'accs' || reading.tags.includes('Fixd'))) continue;
    // Rule `outletApposition`: a body's name right after a noun that is no subject is that noun's (`Агентству Reuters глава
    // «Роснефти» сообщил`: the outlet spoken to), as after the verb (`сказал агентству «Интерфакс» министр`).
    const mention = view.mentionAt[i];
    if (mention && mention.type !== 'PER' && i > first && appositionToObject(view, i, first, verb)) {
      i = phraseEndOf(view, i) - 1;
      continue;
    }
    if (complement) {
      // The last such head, at the first word of its name: the complement's nouns come first (`По итогам встречи стороны`).
      if (fallback === -1 || !view.mentionAt[i] || view.mentionAt[i] !== view.mentionAt[fallback]) fallback = i;
      continue;
    }
    return subjectPhrase(view, first, i, end);
  }
  return fallback === -1 ? null : subjectPhrase(view, first, fallback, end);
}

/** Whether the word before the mention at `i` (past quotation marks), from `first` on, is a noun that cannot be the subject of `verb`. */
function appositionToObject(view: DocumentView, i: number, first: number, verb: WordAnalysis | undefined): boolean {
  let before = i - 1;
  while (before >= first && isPunctuation(view.words[before]!, '«"„“')) before--;
  if (before < first) return false;
  const word = view.words[before]!;
  return isWord(word) && !view.mentionAt[before] && best(word)?.pos === 'NOUN' && isDativeOnly(word) && !agreesAsSubject(view, before, verb);
}

/** A word that may be a genitive complement: a genitive reading, an indeclinable or unknown word, a Latin name (`CNN`). */
function mayBeGenitive(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (word.latin || !word.analyses.some((reading) => reading.known)) return true;
  return word.analyses.some((reading) => reading.case === 'gent' || reading.case === 'gen2' || reading.tags.includes('Fixd'));
}

/** The subject phrase whose head is at `i`: with its adjectives, to `end` or to a person's name before an adjunct. */
function subjectPhrase(view: DocumentView, first: number, i: number, end: number): TokenRange | null {
  let start = i;
  while (start > first && isAgreeingModifier(view.words[start - 1]!) && modifies(view.words[start - 1]!, view.words[i]!)) start--;
  if (start > first && quantifies(view, start - 1)) start--;
  // A participle's phrase that opens the run and agrees with the head describes the head (rule `participialSubject`:
  // `Назначенный на пост министра обороны Андрей Белоусов сказал`), its complement no subject of its own; not one of the
  // occasion of the statement (`Выступивший на заседании правительства премьер-министр`), an adjunct of the clause.
  if (start > first + 1 && agreesAsParticiple(view.words[first]!, view.words[i]!) && !hasOccasion(view, first + 1, start)) start = first;
  // A person's name before a preposition closes the subject: what follows is an adjunct (`Министр Иван Петров в интервью
  // «Коммерсанту» заявил`); before a comma it may be a complement (`Конкурент Марка Цукерберга, создателя Facebook, Аарон Гринспен`).
  let close = i + 1;
  /** A comma passed: a description after it (`Демократы, потерявшие места после выборов`) may have adjuncts of time of its own. */
  let comma = false;
  while (close < end && !((endsWithName(view, start, close) || endsWithSurname(view, start, close)) && (opensAdjunct(view, close) || opensDescription(view, close))) && !opensParenthetical(view, close) && !pronounAdjunct(view, close) && !occasionAdjunct(view, close) && !(!comma && temporalAdjunct(view, close))) {
    if (view.words[close]!.text === ',') comma = true;
    close++;
  }
  // Rule `cutDescription`: a description after a comma that an adjunct cuts short (`Депутаты, собравшиеся | на заседание`)
  // is left out whole, so the phrase ends with its head's words, not with half a description.
  if (comma && close < end && !isPunctuation(view.words[close]!, ',')) {
    close = i + 1;
    while (view.words[close]!.text !== ',') close++;
  }
  return trim(view, { first: start, end: close });
}

/**
 * The speaker after a verb (`— заявил посол`, `сообщает Agence France-Presse`,
 * `сказал в беседе с корреспондентом лидер движения X`): the first nominative
 * agreeing with the verb that no preposition governs, and the phrase it starts.
 */
export function subjectAfter(view: DocumentView, from: number, verb: WordAnalysis | undefined, limit: number): TokenRange | null {
  let first = from;
  while (first < limit && isWord(view.words[first]!) && SKIPPED.has(best(view.words[first]!)?.pos ?? '') && !view.mentionAt[first] && !(verb?.number === 'plur' && isCountWord(view.words[first]!))) first++;
  // `как сообщили в пресс-службе МВД`: the body after `в` is the speaker; also after the outlet spoken to
  // (`Как рассказали «Известиям» в пресс-службе Минтранса`, `сообщили ТАСС в МЧС`).
  if (verb?.number === 'plur') {
    let at = first;
    // A body's name that is no subject of the plural verb is the one spoken to (`ТАСС`, read as a singular nominative).
    const spokenTo = (i: number): boolean => mayBeRecipient(view, i) || (view.mentionAt[i] !== undefined && view.mentionAt[i]!.type !== 'PER' && !agreesAsSubject(view, i, verb));
    if (at < limit && (isPunctuation(view.words[at]!, '«"„“') || spokenTo(at))) {
      const past = phraseEndOf(view, firstWordAt(view, at));
      if (past > at && past < limit && view.mentionAt[firstWordAt(view, at)]) at = past;
    } else if (at + 1 < limit && isDativeOnly(view.words[at]!) && !view.mentionAt[at]) at++; // `сообщили изданию в компании`, `рассказали журналистам в МВД`
    if (at < limit && governs(view, at) && /^во?$/i.test(view.words[at]!.text)) return phraseFrom(view, at + 1, limit);
  }
  let governed = false;
  let objectEnd = first;
  let nounEnd = -1;
  for (let i = first; i < Math.min(limit, first + 12); i++) {
    const word = view.words[i]!;
    if (!isWord(word)) {
      // Quotation marks, and a number in a name (`телеканала «Россия 24»`).
      if (isPunctuation(word, '«»"„“”') || (word.token.kind === 'number' && view.mentionAt[i])) continue;
      return null;
    }
    if (governs(view, i)) {
      governed = true;
      continue;
    }
    if (governed) {
      // Rule `foreignObject`: a Latin word or one the dictionary cannot read (`в Telegram`, `в своем Telegram-канале`) is
      // the preposition's object as a noun is, with the rest of a name the entity stage took (`в The New York Times`).
      const unread = word.latin || word.analyses.length === 0;
      if ((best(word) && NOUN_LIKE.has(best(word)!.pos)) || unread) {
        const mention = view.mentionAt[i];
        if (unread && mention) while (i + 1 < limit && view.mentionAt[i + 1] === mention) i++;
        else if (unread) while (i + 1 < limit && view.words[i + 1]!.latin) i++;
        governed = false;
        objectEnd = i + 1;
      }
      continue;
    }
    if (isFiniteVerb(view, i)) return null;
    // Rule `counted subject`: a numeral and its noun after a plural verb are its subject (`рассказали два источника`), the
    // noun in the genitive the numeral asks for, which agrees with no plural itself.
    if (verb?.number === 'plur' && isCountWord(word) && i + 1 < limit && best(view.words[i + 1]!)?.pos === 'NOUN' && !view.mentionAt[i + 1]) return phraseFrom(view, i, limit);
    if (!agreesAsSubject(view, i, verb) || !isNominalHead(view, i)) {
      if (best(word)?.pos === 'NOUN' && !view.mentionAt[i]) nounEnd = i + 1;
      continue;
    }
    // `сказал агентству «Интерфакс» министр`: a body's name right after a noun that is not the subject is that noun's, so is
    // one right after a preposition's object, or a Latin word there (`написал в соцсети X`: the network's name; rule `name of
    // the object`).
    const mention = view.mentionAt[i];
    const bodyName = (mention && mention.type !== 'PER') || (!mention && word.latin);
    if (bodyName && (firstWordAt(view, nounEnd) === i || (objectEnd > first && firstWordAt(view, objectEnd) === i))) continue;
    // The adjectives before the head, not the object of a preposition before them (`заявил в Москве президент`).
    let start = i;
    while (start > Math.max(first, objectEnd) && isAgreeingModifier(view.words[start - 1]!)) start--;
    // Rule `quotedSubject`: the quotation marks of a name are part of it (`пишет «Коммерсантъ»`), as before a cue (`«Аэрофлот» сообщил`).
    if (start > Math.max(first, objectEnd) && view.mentionAt[start] && isPunctuation(view.words[start - 1]!, '«"„“')) start--;
    const phrase = phraseFrom(view, start, limit);
    // `сообщил РИА Новости министр`: a body whose name may be a dative, with a subject right after it, is the one spoken to.
    const next = phrase && mayBeRecipient(view, i) ? subjectAfter(view, phraseEndOf(view, i), verb, limit) : null;
    if (next) return next;
    // `Как сообщил Интерфакс министр финансов`: a body's name right before a person's noun or name is the channel, written
    // undeclined; two subjects do not stand side by side, and news names the person, not the channel, as the speaker.
    // The person's noun may have adjectives before it (`сообщил ТАСС музыкальный критик`).
    const channel = phrase && mention && mention.type === 'ORG' ? phraseEndOf(view, i) : -1;
    let person = channel;
    while (person > i && person + 1 < limit && isWord(view.words[person]!) && !view.mentionAt[person] && isAgreeingModifier(view.words[person]!)) person++;
    if (channel > i && person < limit && startsPerson(view, person)) return subjectAfter(view, channel, verb, limit) ?? phrase;
    return phrase;
  }
  return null;
}

/** A person's name, an animate noun (`министр`) or an unnamed source (`источник`) at `i`. */
function startsPerson(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (!isWord(word)) return false;
  const mention = view.mentionAt[i];
  if (mention) return mention.type === 'PER';
  return best(word)?.pos === 'NOUN' && (best(word)!.tags.includes('anim') || isUnnamedSource(word));
}

/** A noun that can only be a dative, never the subject (`изданию`, `журналистам`): the one spoken to. */
function isDativeOnly(word: Word): boolean {
  const nouns = word.analyses.filter((reading) => reading.pos === 'NOUN');
  return isWord(word) && nouns.length > 0 && nouns.length === word.analyses.length && nouns.every((reading) => reading.case === 'datv');
}

/**
 * Rule `recipientAfterBody`: in `В X сообщили, что …` the verb has no subject, so an organisation's name right before the
 * cue, after the body's phrase, is the one spoken to: one in the dative anywhere (`В министерстве «Интерфаксу» пояснили`), an
 * undeclined one after a name or a genitive that completes the body (`В Кремле ТАСС заявили`, `В «Роснано» РИА Новости
 * сообщили`, `В пресс-службе губернатора РБК уточнили`); right after the body's noun it is the body's own (`В компании РБК`,
 * `В пресс-службе РБК`). The index the recipient starts at in `(from, cue)`, or -1.
 */
export function recipientBeforeCue(view: DocumentView, from: number, cue: number): number {
  const { words, mentionAt } = view;
  let last = cue - 1;
  while (last > from && isPunctuation(words[last]!, '»"“”')) last--;
  const mention = mentionAt[last];
  // Or a common noun in the dative, no subject's or object's form (`В Минфине США газете сообщили`), after the body.
  if (mention === undefined) return last > from && toldNoun(words[last]!) ? last : -1;
  if (mention.type !== 'ORG') return -1;
  let first = last;
  while (first - 1 > from && mentionAt[first - 1] === mention) first--;
  const open = first - 1 > from && isPunctuation(words[first - 1]!, '«"„“') ? first - 1 : first;
  if (open <= from || mentionAt[open - 1] === mention) return -1;
  const name = words[first]!;
  const dative = name.analyses.length > 0 && name.analyses.every((reading) => reading.case === 'datv');
  const undeclined = name.shape === 'upper' || name.latin || name.analyses.length === 0 || name.analyses.some((reading) => reading.tags.includes('Fixd'));
  return dative || (undeclined && completesBody(view, from, open - 1)) ? open : -1;
}

/** Whether the word at `before` (past closing quotes) ends a body's phrase from `from`: a name, or a genitive after its noun. */
function completesBody(view: DocumentView, from: number, before: number): boolean {
  const { words, mentionAt } = view;
  while (before > from && isPunctuation(words[before]!, '»"“”')) before--;
  return mentionAt[before] !== undefined || (before > firstWordAt(view, from) && words[before]!.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'gent'));
}

/** A common noun one tells something to (`газете`, `журналистам`): a dative reading, and none a subject or an object has. */
const toldNoun = (word: Word): boolean =>
  isWord(word) && word.shape === 'lower' && word.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'datv') &&
  !word.analyses.some((reading) => reading.case === 'nomn' || reading.case === 'accs');

/** A body named after a cue whose name may be a dative (`РИА Новости`, `ТАСС`, `Би-би-си`). */
function mayBeRecipient(view: DocumentView, i: number): boolean {
  const mention = view.mentionAt[i];
  if (!mention || mention.type === 'PER') return false;
  const word = view.words[i]!;
  return word.latin || word.analyses.length === 0 || word.analyses.some((reading) => reading.case === 'datv' || reading.tags.includes('Fixd') || !reading.known);
}

/** One past the mention at `i` and the quotation marks after it, when the next word starts a noun phrase at once; else -1. */
function phraseEndOf(view: DocumentView, i: number): number {
  const mention = view.mentionAt[i]!;
  let j = i;
  while (j < view.words.length && (view.words[j]!.token.start < mention.end || isPunctuation(view.words[j]!, '«»"„“”'))) j++;
  return j;
}

/** The first word token at or after `i`, skipping quotation marks. */
function firstWordAt(view: DocumentView, i: number): number {
  while (i >= 0 && i < view.words.length && isPunctuation(view.words[i]!, '«»"„“”')) i++;
  return i;
}

/**
 * A finite verb at `i`. Rule `nameIsNoVerb`: a word inside a name the entity stage took is none, whatever the guesser reads
 * in its ending (`Лула` of `Луис Инасиу Лула да Силва` as a past tense in `-ла`): a clause's verb never stands in a name.
 */
const isFiniteVerb = (view: DocumentView, i: number): boolean => {
  const word = view.words[i]!;
  return isWord(word) && best(word)?.pos === 'VERB' && !view.mentionAt[i];
};

/** The noun phrase that starts at `from` and runs while words may continue it (`дипломата`, `блоггеров и СМИ`). */
export function phraseFrom(view: DocumentView, from: number, limit: number): TokenRange | null {
  // A pronoun is the whole phrase (`— заявил он журналистам`), but a possessive before a noun is its dependent (`— сказал его продюсер`).
  if (from < limit && isWord(view.words[from]!) && best(view.words[from]!)?.pos === 'NPRO' && !possessesNext(view, from, limit)) return { first: from, end: from + 1 };
  let end = from;
  while (end < limit && end - from < PHRASE_TOKENS && continuesPhrase(view, end) && !endsWithName(view, from, end) && !pronounAdjunct(view, end) && !occasionAdjunct(view, end) && !temporalAdjunct(view, end) && !(end > from && (recipientAfter(view, end) || comparativeAfterNoun(view, end)))) end++;
  return trim(view, { first: from, end });
}

/**
 * Rule `recipientAfter`: a word that can only be a dative (`журналистам`, `«Интерфаксу»`) after a person noun or a name is
 * the one the speech was told to (`— сказал защитник «Интерфаксу»`), not part of the speaker phrase, as no person noun or
 * title takes a dative complement.
 */
function recipientAfter(view: DocumentView, i: number): boolean {
  const at = firstWordAt(view, i);
  const word = view.words[at];
  const mention = view.mentionAt[at];
  // Not a word inside a name (`Организация по безопасности и сотрудничеству в Европе`), nor a person's name.
  if (!word || !isWord(word) || mention?.type === 'PER' || (mention && mention.start !== word.token.start)) return false;
  const previous = view.words[i - 1]!;
  const afterPerson = view.mentionAt[i - 1] !== undefined || (isWord(previous) && best(previous)?.pos === 'NOUN' && best(previous)!.tags.includes('anim'));
  return afterPerson && isDativeOnly(word);
}

/**
 * `последний` standing alone for a noun (`По словам последнего`, `Последняя заявила`): the latter, a person named before;
 * rule `latterReference`. Not before a noun or adjective it modifies (`последний министр`, `в последний раз`).
 */
export function standsForLatter(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (!isWord(word) || !isLatterAdjective(word)) return false;
  const next = view.words[i + 1];
  return !next || !isWord(next) || !next.analyses.some((reading) => reading.pos === 'NOUN' || reading.pos === 'ADJF' || reading.pos === 'PRTF');
}

/** Rule `oneOf`: `один` before `из` stands for a noun, one of a group (`Одна из пассажирок рассказала`), and heads the phrase. */
function oneOf(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  return isWord(word) && !view.mentionAt[i] && word.analyses.some((reading) => reading.lemma === 'один' && reading.pos === 'ADJF') && view.words[i + 1]?.folded === 'из';
}

/** A possessive pronoun at `i` before a noun or adjective of the phrase (`его адвокат`, `её пресс-секретарь`). */
export function possessesNext(view: DocumentView, i: number, limit: number): boolean {
  const next = view.words[i + 1];
  if (i + 1 >= limit || !next || !isWord(next) || !isPossessivePronoun(view.words[i]!)) return false;
  const pos = best(next)?.pos;
  return view.mentionAt[i + 1] !== undefined || pos === 'NOUN' || pos === 'ADJF' || pos === 'PRTF' || next.keys.some(isTitleKey);
}

/**
 * A person's name closes the phrase that runs up to `end` (`шеф концерна Бернд Пишетсридер` before `на ярмарке`),
 * unless its original spelling in brackets follows (`Билл Герстенмайер (Bill Gerstenmaier)`).
 */
function endsWithName(view: DocumentView, from: number, end: number): boolean {
  if (end === from) return false;
  // After the closing bracket of a name in brackets, the name before it.
  const last = end - 2 >= from && view.words[end - 1]!.text === ')' && bracketsName(view, end - 1) ? end - 2 : end - 1;
  const mention = view.mentionAt[last];
  if (mention?.type !== 'PER' || view.mentionAt[end] === mention) return false;
  // A name in the title's complement is followed by the speaker's (`помощник Владимира Путина Сергей Приходько`).
  if (view.mentionAt[end]?.type === 'PER') return false;
  // Two people said it (`Дмитрий Медведев и Владимир Путин заявили`).
  if (COORDINATING.has(view.words[end]!.text.toLowerCase())) return false;
  return view.words[end]!.text !== '(' && view.words[end]!.text !== ')';
}

/**
 * A surname the entity stage did not take closes the phrase as a name does (`Зеленский` before `в своем обращении`):
 * a capitalised word the dictionary reads as a surname or a first name, of no entity.
 */
function endsWithSurname(view: DocumentView, from: number, end: number): boolean {
  if (end === from) return false;
  const word = view.words[end - 1]!;
  return isWord(word) && !view.mentionAt[end - 1] && word.shape === 'title' && (word.grammemes.has('Surn') || word.grammemes.has('Name'));
}

/**
 * A preposition before a personal pronoun (`Немецкий канцлер с ним согласился`, `сказал министр в беседе с ним`): an adjunct
 * of the clause, since a title's complement names a place or a body, never a pronoun; the speaker phrase ends before it.
 */
function pronounAdjunct(view: DocumentView, i: number): boolean {
  const next = view.words[i + 1];
  // Not `из них` after `один` (rule `oneOf`): the group one of whom speaks (`сказал один из них`), the phrase's own complement.
  if (i > 0 && oneOf(view, i - 1)) return false;
  return governs(view, i) && next !== undefined && isWord(next) && best(next)?.pos === 'NPRO';
}

/**
 * Rule `temporalAdjunct`: a preposition of time (`после`, `накануне`; temporalPrepositions in cues.json) opens an adjunct of
 * the clause whatever its noun (`Чешка после матча отметила`), since a title's complement names where or of what a post is,
 * never when; the speaker phrase ends before it, unless a description after a comma holds it.
 */
function temporalAdjunct(view: DocumentView, i: number): boolean {
  return (isTemporalPreposition(view.words[i]!) || dayAdjunct(view, i)) && governs(view, i) && !nameAhead(view, i + 1);
}

/**
 * Rule `dayAdjunct`: `в` or `во` before a day of the week, past an adjective or two (`в пятницу`, `в минувшую среду`), tells
 * when the statement was made (`Пресс-секретарь Кремля в пятницу сообщил`): a title's complement after `в` names a place
 * or a body (`посол в Казахстане`), never a day.
 */
function dayAdjunct(view: DocumentView, i: number): boolean {
  const folded = view.words[i]!.folded;
  if (folded !== 'в' && folded !== 'во') return false;
  for (let j = i + 1; j < Math.min(view.words.length, i + 4); j++) {
    const word = view.words[j]!;
    if (!isWord(word) || view.mentionAt[j]) return false;
    if (isDayNoun(word)) return true;
    if (best(word)?.pos !== 'ADJF') return false;
  }
  return false;
}

/** How many words after a preposition of time are searched for the speaker's name that a title's complement runs on to. */
const NAME_AHEAD = 4;

/**
 * A person's name among the next few words, before any verb, preposition or mark (`Глава штаба по восстановлению после паводка Иван
 * Петров заявил`): the words of time are then the title's own complement, and the speaker phrase runs on to the name.
 */
function nameAhead(view: DocumentView, from: number): boolean {
  for (let j = from; j < Math.min(view.words.length, from + NAME_AHEAD); j++) {
    const word = view.words[j]!;
    if (view.mentionAt[j]?.type === 'PER') return true;
    // A name after another preposition is the adjunct's own (`после встречи с Сергеем Лавровым`).
    if (!isWord(word) || best(word)?.pos === 'VERB' || best(word)?.pos === 'PREP') return false;
  }
  return false;
}

/**
 * A preposition before the occasion of the statement (`в интервью «Ведомостям»`, `на внеочередном заседании`, `в ходе
 * встречи`): an adjunct of the clause, since a title's complement after a preposition names a place or a body (`посол в
 * Казахстане`), never an occasion; the speaker phrase ends before it (rule `occasionAdjunct`). Adjectives may come between.
 */
function occasionAdjunct(view: DocumentView, i: number): boolean {
  if (!governs(view, i)) return false;
  for (let j = i + 1; j < Math.min(view.words.length, i + 4); j++) {
    const word = view.words[j]!;
    if (!isWord(word)) return false;
    // Where the words were posted may be a name the entity stage took (`— написал политик в Telegram`).
    if (isOccasionNoun(word) && (!view.mentionAt[j] || word.latin)) return true;
    if (view.mentionAt[j]) return false;
    // Rule `reflexiveAdjunct`: `свой` points back at the clause's subject, so what it opens is the clause's, not the subject's
    // complement (`— написал губернатор в своем Telegram-канале`).
    // The document or page the words were in is where they were said too (`— отметили наблюдатели в предварительном докладе`).
    if (isDocumentNoun(word) || word.analyses[0]?.lemma === 'свой') return true;
    if (best(word)?.pos !== 'ADJF' && best(word)?.pos !== 'PRTF') return false;
  }
  return false;
}

/** A comma before a word that cannot begin an apposition (`Министр, в свою очередь, заявил`, `Посол, однако, сказал`): the subject ends there. */
function opensParenthetical(view: DocumentView, i: number): boolean {
  return view.words[i]!.text === ',' && i + 1 < view.words.length && isWord(view.words[i + 1]!) && !isNominal(view, i + 1);
}

function isNominalHead(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  const reading = best(word);
  return Boolean(
    standsForLatter(view, i) || oneOf(view, i) ||
    view.mentionAt[i] || word.latin || !reading || NOUN_LIKE.has(reading.pos) || reading.pos === 'UNKN' || word.grammemes.has('Name') || word.grammemes.has('Surn') ||
      // A title that is a participle or adjective by origin is a noun (`Нападающий признался`, `Управляющий заявил`).
      word.keys.some(isTitleKey) || substantive(view, i),
  );
}

/**
 * Rule `substantiveAtEnd`: a participle in the nominative that ends the clause, with no noun after it to agree with, is a
 * noun by use (`— заявила обвиняемая.`, `— рассказала пострадавшая`), as the dictionary lists few feminine ones; not an
 * adjective, which there is as often the end of a longer phrase.
 */
function substantive(view: DocumentView, i: number): boolean {
  const next = view.words[i + 1];
  const reading = best(view.words[i]!);
  return reading?.pos === 'PRTF' && reading.case === 'nomn' && !view.mentionAt[i] && (next === undefined || !isWord(next));
}

/** Whether an occasion adjunct (`на заседании`, `в интервью`) opens at one of the words in `[first, end)`. */
function hasOccasion(view: DocumentView, first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (occasionAdjunct(view, j)) return true;
  return false;
}

/** A nominative participle agreeing in number (and in gender, when singular) with a nominative reading of the head. */
function agreesAsParticiple(word: Word, head: Word, pos: ReadonlySet<string> = PARTICIPLE): boolean {
  if (!isWord(word) || word.shape === 'upper') return false;
  return word.analyses.some(
    (reading) =>
      pos.has(reading.pos) &&
      reading.case === 'nomn' &&
      head.analyses.some((noun) => noun.case === 'nomn' && noun.number === reading.number && (reading.number === 'plur' || !noun.gender || noun.gender === reading.gender || noun.gender === 'ms-f')),
  );
}

/**
 * Rule `sourceDescription`: after the speaker of a source that opens the sentence (`Как сообщил источник, знакомый с ходом
 * обсуждения, послы вернутся …`), a comma and a description of the speaker, a participle agreeing with its head or an
 * adjective agreeing with it before a preposition, with no verb and no other nominative, up to a comma: the index of that
 * comma, where the statement starts; -1 when there is none, or when nothing with a predicate of its own follows.
 */
export function sourceDescriptionEnd(view: DocumentView, speaker: TokenRange, end: number): number {
  const { words } = view;
  const comma = speaker.end;
  if (comma + 2 >= end || !isPunctuation(words[comma]!, ',')) return -1;
  let head = speaker.first;
  while (head < speaker.end && !words[head]!.analyses.some((reading) => reading.pos === 'NOUN' && reading.case === 'nomn')) head++;
  if (head === speaker.end) return -1;
  const first = words[comma + 1]!;
  const beforePreposition = isWord(words[comma + 2]!) && best(words[comma + 2]!)?.pos === 'PREP';
  if (!agreesAsParticiple(first, words[head]!, beforePreposition ? PARTICIPLE_OR_ADJECTIVE : PARTICIPLE)) return -1;
  for (let j = comma + 2; j < Math.min(end, comma + PHRASE_TOKENS); j++) {
    const word = words[j]!;
    if (isPunctuation(word, ',')) return j + 1 < end ? j : -1;
    if (!isWord(word)) return -1;
    const reading = best(word);
    if (reading?.pos === 'VERB' || (reading?.case === 'nomn' && (reading.pos === 'NOUN' || reading.pos === 'ADJF'))) return -1;
  }
  return -1;
}

/**
 * An adjective or participle in the nominative before a head. A word the dictionary knows is read by its known readings only:
 * a guess is no evidence against them (`Москве`, a locative, guessed also as an adjective: `В Москве МИД России заявил`).
 */
function isAgreeingModifier(word: Word): boolean {
  if (!isWord(word)) return false;
  const known = word.analyses.some((reading) => reading.known);
  return word.analyses.some((reading) => (!known || reading.known) && (reading.pos === 'ADJF' || reading.pos === 'PRTF') && reading.case === 'nomn');
}

/**
 * Rule `modifierAgrees`: an adjective before the head is its modifier only in the head's number, and in its gender when
 * singular (`Позднее она сообщила`: the neuter `позднее` is the adverb, not a modifier of `она`); a head of no known noun or
 * pronoun reading in the nominative, or of either gender (`глава`), takes any.
 */
function modifies(modifier: Word, head: Word): boolean {
  const heads = head.analyses.filter((reading) => reading.known && (reading.pos === 'NOUN' || reading.pos === 'NPRO') && reading.case === 'nomn');
  if (heads.length === 0) return true;
  return modifier.analyses.some(
    (reading) =>
      (reading.pos === 'ADJF' || reading.pos === 'PRTF') &&
      reading.case === 'nomn' &&
      heads.some((noun) => noun.number === reading.number && (reading.number === 'plur' || !reading.gender || !noun.gender || noun.gender === reading.gender || noun.tags.includes('Ms-f'))),
  );
}

/** Drops prepositions, `и` and punctuation from the phrase's edges. */
function trim(view: DocumentView, range: TokenRange): TokenRange | null {
  let { first, end } = range;
  // A closing quotation mark or bracket stays when its opening one is inside the phrase (`газеты «Коммерсантъ»`, `(Bill Gerstenmaier)`).
  const quoteOpened = firstMark(view, first, end, '«"„“');
  const bracketOpened = firstMark(view, first, end, '(');
  // So does a number after `№` (rule `numberSign`: `директор школы № 5`).
  const closes = (i: number): boolean => (isPunctuation(view.words[i]!, '»"“”') && quoteOpened < i) || (view.words[i]!.text === ')' && bracketOpened < i) || (view.words[i]!.token.kind === 'number' && i - 1 > first && view.words[i - 1]!.text === '№');
  while (end > first && loose(view, end - 1) && !closes(end - 1)) end--;
  while (first < end && loose(view, first) && !isPunctuation(view.words[first]!, '«"„“')) first++;
  // Rule `emphaticSelf`: `сам` before the speaker stresses who it is and names no one (`Как рассказывает сам Ямадаев`).
  if (end - first > 1 && isWord(view.words[first]!) && best(view.words[first]!)?.lemma === 'сам' && !view.mentionAt[first]) first++;
  return end > first ? { first, end } : null;
}

/** A word that opens or closes no noun phrase: punctuation, a preposition, a conjunction, an adverb or particle, a relative pronoun. */
function loose(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (!isWord(word)) return true;
  // An adverb, a particle or a conjunction opens or closes no noun phrase (`Еврокомиссия изначально также выступала`).
  const adverb = !view.mentionAt[i] && !word.latin && SKIPPED.has(best(word)?.pos ?? '') && !quantifies(view, i);
  // Nor a relative pronoun, which opens a clause (`Нэнси Пелоси, которая …`).
  const relative = best(word)?.lemma === 'который';
  return governs(view, i) || COORDINATING.has(word.text.toLowerCase()) || adverb || relative;
}

/** The index of the first of these marks in `[first, end)`, or `end`. */
function firstMark(view: DocumentView, first: number, end: number, marks: string): number {
  let i = first;
  while (i < end && !isPunctuation(view.words[i]!, marks)) i++;
  return i;
}

/**
 * The speaker phrase with the apposition after its comma that names the person its title describes (`глава комитета,
 * депутат Иван Петров`, `руководителя ведомства, генерала Андрея Смирнова`): news gives a second title with the name
 * after the first, in the same case, and a noun phrase ending in a name with no verb of its own is no clause. Rule
 * `namedApposition`; the phrase unchanged when it names a person itself or no such apposition follows before `limit`.
 */
export function withNamedApposition(view: DocumentView, range: TokenRange, limit: number): TokenRange {
  const { words, mentionAt } = view;
  const comma = range.end;
  if (comma + 1 >= limit || !isPunctuation(words[comma]!, ',')) return range;
  if (mentionAt[range.end - 1]?.type === 'PER') return withTitleApposition(view, range, limit);
  for (let i = range.first; i < range.end; i++) if (mentionAt[i]?.type === 'PER') return range;
  const apposition = phraseFrom(view, comma + 1, limit);
  if (!apposition || apposition.first !== comma + 1 || mentionAt[apposition.end - 1]?.type !== 'PER') return range;
  // The apposition runs to a clause's edge: a verb after the name makes it the subject of a clause of its own.
  const after = words[apposition.end];
  if (apposition.end < limit && !(after && isPunctuation(after, ',.!?…;:)—–'))) return range;
  return sharedNounCase(view, range, apposition) ? { first: range.first, end: apposition.end } : range;
}

/**
 * Rule `titleApposition`: the speaker phrase that ends with a person's name, with the title in apposition after its comma
 * (`— говорит Матиас Йорш, докладчик ПАСЕ.`, `По словам Петра Иванова, наблюдателя ОБСЕ, …`): a noun phrase headed by a
 * title or a noun for a person, in the name's case and number, naming no other person, running to a clause's edge with
 * no verb of its own. News describes whom it names so, and the description is part of the phrase that names the speaker.
 */
function withTitleApposition(view: DocumentView, range: TokenRange, limit: number): TokenRange {
  const { words, mentionAt } = view;
  const comma = range.end;
  const apposition = phraseFrom(view, comma + 1, limit);
  if (!apposition || apposition.first !== comma + 1) return range;
  for (let i = apposition.first; i < apposition.end; i++) if (mentionAt[i]?.type === 'PER') return range;
  const head = words[apposition.first]!;
  const heads = head.analyses.filter((reading) => reading.pos === 'NOUN' && (reading.tags.includes('anim') || isTitleKey(reading.key)) && reading.number === 'sing');
  if (mentionAt[apposition.first] || heads.length === 0) return range;
  const after = words[apposition.end];
  if (apposition.end < limit && !(after && isPunctuation(after, ',.!?…;:)—–'))) return range;
  // In the name's case: the cases the name's last word may take, as a singular.
  const name = words[range.end - 1]!;
  const nameCases = new Set(name.analyses.filter((reading) => reading.case !== undefined && reading.number !== 'plur').map((reading) => reading.case!));
  const agrees = nameCases.size === 0 || name.analyses.some((reading) => reading.tags.includes('Fixd')) || heads.some((reading) => nameCases.has(reading.case!));
  return agrees ? { first: range.first, end: apposition.end } : range;
}

/** Whether the first nouns of two phrases (their heads: a title comes first) may stand in one case. */
function sharedNounCase(view: DocumentView, a: TokenRange, b: TokenRange): boolean {
  const cases = (range: TokenRange): Set<string> => {
    for (let i = range.first; i < range.end; i++) {
      const nouns = view.words[i]!.analyses.filter((reading) => reading.pos === 'NOUN' && reading.case !== undefined);
      if (isWord(view.words[i]!) && nouns.length > 0) return new Set(nouns.map((reading) => reading.case!));
    }
    return new Set();
  };
  const first = cases(a);
  return [...cases(b)].some((c) => first.has(c));
}

/**
 * The speaker a verb of citing names as its object (`— цитирует министра ТАСС`, `— цитирует слова министра
 * «Интерфакс»`, `— цитирует ТАСС слова министра`): a noun phrase in the accusative, or in the genitive after `слова`,
 * up to the medium that closes the clause, which only passes the statement on (quotes.md); null when there is none.
 * With `wordsOnly`, for a verb that passes a statement on (`передаёт ТАСС слова министра`), only the genitive after
 * `слова`: its accusative may be the medium itself (`передаёт агентство`).
 */
export function citedSpeaker(view: DocumentView, from: number, end: number, wordsOnly = false): TokenRange | null {
  const { words, mentionAt } = view;
  let first = from;
  // The medium may come first (`цитирует ТАСС слова министра`).
  // The medium may come first (`цитирует ТАСС слова министра`), after the kind it is (`цитирует ИА Regnum Минченко`).
  let name = first < end && !mentionAt[first] && isOrganisationKind(words[first]!) ? first + 1 : first;
  while (name < end && isPunctuation(words[name]!, '«"„“')) name++;
  if (mentionAt[name]?.type === 'ORG') first = name;
  const medium = mentionAt[first];
  if (medium && medium.type === 'ORG') {
    while (first < end && mentionAt[first] === medium) first++;
    while (first < end && isPunctuation(words[first]!, '»"“”')) first++;
  }
  let wanted = 'accs';
  if (first < end && isWord(words[first]!) && words[first]!.keys.includes('слово') && words[first]!.analyses.some((reading) => reading.case === 'accs')) {
    first++;
    wanted = 'gent';
  } else if (wordsOnly) return null;
  const head = words[first];
  if (first >= end || !head || !isWord(head) || mentionAt[first]?.type === 'ORG') return null;
  if (mentionAt[first]?.type !== 'PER' && !head.analyses.some((reading) => reading.case === wanted && (reading.pos === 'NOUN' || reading.pos === 'NPRO'))) return null;
  // The medium closing the clause is not part of the phrase.
  let last = end;
  while (last > first && !isWord(words[last - 1]!) && !mentionAt[last - 1]) last--;
  const closing = mentionAt[last - 1];
  if (closing && closing.type === 'ORG' && closing !== mentionAt[first]) {
    while (last > first && mentionAt[last - 1] === closing) last--;
    while (last > first && isPunctuation(words[last - 1]!, '«»"„“”')) last--;
    // Rule `mediumKind`: with the kind it is named by (`— цитирует политика агентство ANSA`), as when it comes first.
    if (last - 1 > first && !mentionAt[last - 1] && isOrganisationKind(words[last - 1]!)) last--;
  }
  while (last > first && isPunctuation(words[last - 1]!, '«»"„“”')) last--;
  // Rule part `medium in the nominative`: a noun after the object that is only a subject's form opens the medium's phrase, the
  // citing verb's subject (`— цитирует специалиста пресс-служба клуба`), no complement of the object's.
  for (let i = first + 1; i < last; i++) {
    if (mentionAt[i] === undefined && isWord(words[i]!) && nominativeOnly(words[i]!)) {
      last = i;
      break;
    }
  }
  return phraseFrom(view, first, last);
}

/** A noun whose every reading is a nominative (`пресс-служба`): a clause's subject, no complement. */
const nominativeOnly = (word: Word): boolean =>
  word.analyses.length > 0 && word.analyses.some((reading) => reading.pos === 'NOUN') && word.analyses.every((reading) => reading.case === 'nomn');

/** A numeral that counts the noun after it (`два`, `трое`, `несколько`): the pair is a plural subject. */
function isCountWord(word: Word): boolean {
  return word.analyses[0]?.pos === 'NUMR' || word.folded === 'несколько';
}
