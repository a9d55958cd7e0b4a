/**
 * Reported speech, one sentence at a time: `X заявил, что …`, `по словам X, …`,
 * `как сообщил X, …`, `…, — считает X.`, agentless `Сообщается, что …`, and
 * `Об этом сообщил X.` pointing back at the sentence before.
 */
import cues from '../data/quotes/cues.json';
import pronouns from '../data/quotes/pronouns.json';
import { fold, foldedSet, type Word } from '../words/word.js';
import type { WordAnalysis } from '../morphology/morphology.js';
import { isAdditiveParticle, isAuthorialVoice, isBodyNoun, isCitingCue, isPassOnCue, isDocumentNoun, isLegalAct, isImpersonalVerb, mayBeCue, isNegatedStance, isOrganisationKind, isPassiveVerbObjectCue, isSpokesNoun, pointingVerbObjectCue, isSourceNoun as isListedSourceNoun, isVerbObjectCue, opensVerbObjectCue, speechReading, wordsCitingReading } from './lexicon.js';
import { DASHES, phraseCue, piece, wordCue, type Draft, type DraftCue } from './draft.js';
import { isPunctuation, isWord } from '../tokens.js';
import type { PatternName } from './patterns.js';
import { citedSpeaker, phraseFrom, recipientBeforeCue, sentenceSubject, sourceDescriptionEnd, subjectAfter, subjectBefore, withNamedApposition, type TokenRange } from './phrases.js';
import { firstWord, type DocumentView } from './view.js';

const CONJUNCTIONS: ReadonlySet<string> = foldedSet(cues.conjunctions);
const VIEWPOINT_PHRASES: readonly (readonly string[])[] = cues.viewpointPhrases.map((phrase) => phrase.split(' ').map(fold));
const PREDICATES = new Set(['VERB', 'PRED', 'ADJS', 'PRTS', 'INFN']);
const POSSESSIVES: ReadonlySet<string> = foldedSet(pronouns.possessives.russian);
/** How far after a cue its conjunction may stand (`заявил в интервью журналистам газеты, что`). */
const CONJUNCTION_WINDOW = 14;

interface Sentence {
  readonly first: number;
  readonly end: number;
}

interface Found {
  readonly draft: Draft;
  /** The first token after what this rule consumed. */
  readonly next: number;
}

/** A reported-speech pattern tried at word `i` of a sentence; `previous` is the sentence before, if Russian. */
type Pattern = (view: DocumentView, sentence: Sentence, i: number, previous: Sentence | null) => Found | null;

/** The patterns in the order they are tried at each word (see patterns.ts); the first that matches consumes what it read. */
const PATTERNS: readonly Pattern[] = [sourcePhrase, asReported, aboutThis, aboutWhich, reportedClause, participleClause, trailingSource, parentheticalSource];

/** The reported-speech quotes of one sentence. */
export function indirectQuotes(view: DocumentView, s: number, previous: Sentence | null): Draft[] {
  const sentence = view.sentenceTokens[s]!;
  const drafts: Draft[] = [];
  for (let i = sentence.first; i < sentence.end; i++) {
    if (!isWord(view.words[i]!)) continue;
    for (const pattern of PATTERNS) {
      const found = pattern(view, sentence, i, previous);
      if (!found) continue;
      drafts.push(found.draft);
      i = found.next - 1;
      break;
    }
  }
  return drafts;
}

/** Whether word `i` is one of the folded `words`. */
const isOneOf = (view: DocumentView, i: number, ...words: string[]): boolean => words.includes(view.words[i]!.folded);

/** The cue at `i`: a speech verb, a verb with its object (`выразил надежду`), or an agentless reflexive (`сообщается`). */
function cueAt(view: DocumentView, i: number, limit: number): { cue: DraftCue; agentless: boolean; reading: ReturnType<typeof speechReading> } | null {
  const word = view.words[i]!;
  if (!mayBeCue(word)) return null;
  if (isImpersonalVerb(word)) return { cue: wordCue(i, word.analyses[0]!.lemma), agentless: true, reading: undefined };
  if (opensVerbObjectCue(word)) {
    for (let j = i + 1; j < Math.min(limit, i + 5); j++) {
      if (!isWord(view.words[j]!)) break;
      if (isVerbObjectCue(word, view.words[j]!)) {
        const reading = word.analyses.find((r) => r.pos === 'VERB' || r.pos === 'PRTS') ?? word.analyses[0]!;
        // `доведено до сведения`, `Высказываются опасения`: a passive with no agent.
        return { cue: phraseCue(view, i, j + 1, `${reading.lemma} ${view.words.slice(i + 1, j + 1).map((w) => w.text.toLowerCase()).join(' ')}`), agentless: isPassiveReport(reading) || isPassiveVerbObjectCue(reading), reading };
      }
    }
  }
  const reading = speechReading(word);
  if (!reading || reading.pos === 'PRTF' || isAuthorialVoice(reading, view.words[i - 1])) return null;
  return { cue: wordCue(i, reading.lemma), agentless: isPassiveReport(reading), reading };
}

/**
 * Rule `subjectBeforeInsert`: a subject set off from its cue by a participle's or a gerund's phrase between commas
 * (`Источник, близкий к одной из сторон, рассказал РБК, что …`, `Министр, выступая на форуме, заявил …`) is the cue's,
 * and the name after the cue the one spoken to; null when the sentence opens otherwise.
 */
function subjectBeforeInsert(view: DocumentView, first: number, cue: number, verb: WordAnalysis | undefined): TokenRange | null {
  const { words } = view;
  if (cue - 1 <= first || !isPunctuation(words[cue - 1]!, ',')) return null;
  const subject = sentenceSubject(view, first, cue, verb);
  if (!subject || subject.first !== first) return null;
  // The subject's phrase may take the description in (`Источник, близкий к одной из сторон`) up to the cue's comma.
  if (subject.end >= cue - 1) return subject;
  if (subject.end + 1 >= cue || !isPunctuation(words[subject.end]!, ',')) return null;
  const opener = words[subject.end + 1]!;
  const inserts = isWord(opener) && opener.analyses.some((r) => r.pos === 'GRND' || r.pos === 'PRTF' || (r.pos === 'ADJF' && r.known));
  // The insert runs to the comma before the cue with no finite verb of its own.
  return inserts && !hasFiniteVerb(view, subject.end + 1, cue - 1) ? subject : null;
}

/** `Было заявлено, что`, `доведено до сведения`: a neuter short participle has no speaker; `супруга убеждена` has one. */
const isPassiveReport = (reading: WordAnalysis): boolean => reading.pos === 'PRTS' && reading.gender === 'neut';

/** `X заявил, что …` and `заявил X, что …`: the clause after the conjunction, to the end of the sentence. */
function reportedClause(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const found = cueAt(view, i, sentence.end);
  if (!found) return null;
  const { cue, agentless, reading } = found;
  const conjunction = conjunctionAfter(view, cue.end, sentence.end);
  if (conjunction === -1) return null;
  const end = speakerResumes(view, conjunction + 1, nextReport(view, conjunction + 1, sentence.end), reading);
  const content = piece(view, conjunction + 1, trailingAttribution(view, conjunction + 1, end));
  if (!content) return null;
  let speaker: TokenRange | null = null;
  if (!agentless) {
    speaker =
      citedSource(view, cue.end, conjunction) ??
      // `Reuters со ссылкой на источники сообщает, что …`: the source a medium cites before the cue, in its subject's clause
      // (`Министр со ссылкой на данные Росстата заявил` is the minister's own statement).
      mediumCites(view, clauseStart(view, sentence.first, cue.first), cue.first) ??
      (reading?.pos === 'GRND' ? gerundSubject(view, sentence.first, cue.first) : null) ??
      bodyBefore(view, sentence.first, cue.first, reading) ??
      subjectBefore(view, cue.first, reading, sentence.first) ??
      subjectBeforeInsert(view, sentence.first, cue.first, reading) ??
      appositionAfter(view, subjectAfter(view, cue.end, reading, conjunction), conjunction) ??
      sentenceSubject(view, sentence.first, cue.first, reading);
  } else speaker = documentAuthor(view, sentence.first, cue.first) ?? documentAuthor(view, cue.end, conjunction);
  return { draft: { kind: 'indirect', content: [insideMarks(view, content)], cue, speaker, inherits: false, pattern: 'X заявил, что …' }, next: end };
}

/** The speaker phrase with its named apposition before `limit` (`заявил глава комитета, депутат Иван Петров, что`), or null. */
const appositionAfter = (view: DocumentView, range: TokenRange | null, limit: number): TokenRange | null => range && withNamedApposition(view, range, limit);

/**
 * A gerund's subject is its sentence's (rule `gerundSubject`): the subject of the nearest finite verb before the gerund at
 * `gerund`, before that verb (`Песков отказался комментировать сообщения СМИ, заявив, что …`: not the object nearest the
 * gerund), else after it when inverted (`Кризис закончился, заявил Путин, добавив, что …`); null when there is none, and
 * the subject is looked for before the gerund as for any cue.
 */
function gerundSubject(view: DocumentView, first: number, gerund: number): TokenRange | null {
  for (let v = gerund - 1; v >= first && v > gerund - PHRASE_WINDOW; v--) {
    const verb = view.words[v]!;
    if (!isWord(verb) || verb.analyses[0]?.pos !== 'VERB') continue;
    // Agreeing with no number: singulars joined by `и` are a plural verb's subject (`Греф и Костин выступили`).
    const before = subjectBefore(view, v, undefined, first);
    if (before) return before;
    const comma = clauseEnd(view, v + 1, gerund + 1);
    const subject = comma < gerund ? subjectAfter(view, v + 1, verb.analyses[0], comma) : null;
    // The subject's named apposition may stand between it and the gerund (`заявил глава комитета, депутат Иван Петров, добавив`).
    const whole = subject && withNamedApposition(view, subject, gerund);
    if (whole && whole.end === gerund - 1) return whole;
    // A subject set off from its verb by commas (`Глава комитета, генерал Иван Петров, выступил …, заявив`): the sentence's.
    return sentenceSubject(view, first, v + 1, verb.analyses[0]);
  }
  return null;
}
/** How far back from a gerund its sentence's verb is looked for. */
const PHRASE_WINDOW = 30;

/** Words after a comma and a conjunction searched for the cue of a second report (`, а министр финансов возразил, что`). */
const NEXT_REPORT_WINDOW = 6;
const REPORT_JOINERS = foldedSet(cues.reportJoiners);
const CONTRAST_RESUMERS = foldedSet(cues.contrastResumers);
const PREDICATE_JOINERS = foldedSet(cues.predicateJoiners);
const SOURCE_OPENERS = foldedSet(cues.sourceOpeners);
const WORDS_PREPOSITIONS = foldedSet(cues.wordsPrepositions);

/**
 * Where a second report joined to the first one's content begins (`Она сказала, что мир возможен, а он
 * возразил, что война продолжится`): the comma before a conjunction after which a cue with its own `что`
 * follows within a few words; else `end`.
 */
function nextReport(view: DocumentView, from: number, end: number): number {
  const { words } = view;
  for (let j = from; j + 2 < end; j++) {
    if (!isPunctuation(words[j]!, ',') || !REPORT_JOINERS.has(words[j + 1]!.folded)) continue;
    for (let k = j + 2; k < Math.min(end, j + 2 + NEXT_REPORT_WINDOW); k++) {
      if (!isWord(words[k]!)) break;
      const found = cueAt(view, k, end);
      if (found && !found.agentless && conjunctionAfter(view, found.cue.end, end) !== -1) return j;
    }
  }
  return end;
}

/** Whether two readings agree as a subject and its predicate, or two predicates of one subject, do: in number, and in gender in the singular. */
const agreeInNumber = (a: WordAnalysis, b: WordAnalysis): boolean => a.number === b.number && (a.number === 'plur' || a.gender === b.gender);

/**
 * Rule `speaker resumes`: where the speaker's own sentence goes on after the report (`Барро заявил, что Париж продолжит
 * помощь, однако отказался назвать суммы`, `Хальзов заявил, что считает приговор несправедливым, и пообещал его обжаловать`):
 * the comma before `но`, `однако` or `и` (predicateJoiners) right followed (past `не`) by a past verb
 * that agrees with the cue and not with the report's own past verbs, in tense (`продолжит`) or in form (`цены выросли`);
 * a verb with no subject after a contrast shares a subject, and agreement says whose. Else `end`.
 */
function speakerResumes(view: DocumentView, from: number, end: number, cue: WordAnalysis | undefined): number {
  if (!cue || !cue.tags.includes('past')) return end;
  const { words } = view;
  const reportVerbs: WordAnalysis[] = [];
  for (let j = from; j + 2 < end; j++) {
    const reading = isWord(words[j]!) ? words[j]!.analyses[0] : undefined;
    if (reading?.pos === 'VERB') reportVerbs.push(reading);
    if (reportVerbs.length === 0 || !isPunctuation(words[j]!, ',')) continue;
    if (!CONTRAST_RESUMERS.has(words[j + 1]!.folded) && !PREDICATE_JOINERS.has(words[j + 1]!.folded)) continue;
    const at = words[j + 2]!.folded === 'не' ? j + 3 : j + 2;
    const verb = at < end && isWord(words[at]!) ? words[at]!.analyses[0] : undefined;
    if (verb?.pos !== 'VERB' || !verb.tags.includes('past') || !agreeInNumber(verb, cue)) continue;
    if (reportVerbs.every((reading) => !reading.tags.includes('past') || !agreeInNumber(reading, verb))) return j;
  }
  return end;
}

/**
 * Where a report's content ends before a source that closes the sentence after its last comma (`…, что проверки
 * продолжатся, передаёт РИА Новости.`): that comma, when a finite speech verb with its speaker, or an agentless one with
 * its document, runs to the sentence's end there; else `end`. A medium passing a statement on is no part of it (quotes.md).
 */
function trailingAttribution(view: DocumentView, from: number, end: number): number {
  const { words } = view;
  let comma = end - 1;
  while (comma > from && !isPunctuation(words[comma]!, ',')) comma--;
  if (comma <= from) return end;
  let i = comma + 1;
  if (i < end && isPunctuation(words[i]!, DASHES)) i++;
  if (i >= end || !isWord(words[i]!)) return end;
  const found = cueAt(view, i, end);
  if (!found || (!found.agentless && found.reading?.pos !== 'VERB')) return end;
  const limit = clauseEnd(view, found.cue.end, end);
  if (!atSentenceEnd(view, limit, end)) return end;
  const speaker = found.agentless ? documentAuthor(view, found.cue.end, limit) : subjectAfter(view, found.cue.end, found.reading, limit);
  return speaker ? comma : end;
}

/** The token of `что` (`, что`, `о том, что`) after a cue, or -1 when another clause comes first. */
function conjunctionAfter(view: DocumentView, from: number, limit: number): number {
  const { words } = view;
  for (let j = from; j < Math.min(limit, from + CONJUNCTION_WINDOW); j++) {
    const word = words[j]!;
    if (word.token.kind === 'number') continue; // `заявил 9 мая, что`
    if (isWord(word)) {
      if (CONJUNCTIONS.has(word.folded) && (isPunctuation(words[j - 1]!, ',') || j === from)) return j;
      // `обвинил его во лжи, заявив, что …`: the nearer speech verb is the cue.
      if (j > from && (word.analyses[0]?.pos === 'VERB' || speechReading(word))) return -1;
      continue;
    }
    // `заявил в среду «Интерфаксу», что …`: the one spoken to, named in quotation marks, its name's dot too (`«Ленте.ру»`).
    if (!isPunctuation(word, ',«»"„“”') && !view.mentionAt[j]) return -1;
  }
  return -1;
}

/** `по словам X, …`, `по мнению X`, `согласно данным X`, `по его словам`: the rest of the sentence, around the phrase. */
function sourcePhrase(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const viewpoint = viewpointSource(view, sentence, i);
  if (viewpoint !== undefined) return viewpoint;
  // Rule `wordsSource`: `со слов очевидцев, …`, `с его слов, …` open a source as `по словам` does, with `слова` alone.
  const fromWords = WORDS_PREPOSITIONS.has(view.words[i]!.folded);
  if (!(fromWords || isOneOf(view, i, 'по', 'согласно')) || i + 1 >= sentence.end) return null;
  const { words } = view;
  let j = i + 1;
  let possessive = -1;
  // Rule `documentSource`: after `согласно`, a document that reports is a source as `данные` are (`Согласно докладу ООН, …`);
  // a legal act gives the statement's basis, not its source (`согласно распоряжению президента, …`; legalActs in the lexicon).
  const according = isOneOf(view, i, 'согласно');
  const sourceNoun = (word: Word): boolean =>
    fromWords ? word.folded === 'слов' : isListedSourceNoun(word) || (according && isDocumentNoun(word) && !isLegalAct(word));
  // Adjectives (`по неподтверждённым данным`, `согласно официальному заявлению`) and possessives (`по его словам`).
  while (j < sentence.end && j < i + 4 && isWord(words[j]!) && !sourceNoun(words[j]!)) {
    if (POSSESSIVES.has(words[j]!.folded)) possessive = j;
    else if (fromWords || !words[j]!.analyses.some((r) => r.pos === 'ADJF')) return null;
    j++;
  }
  if (j >= sentence.end || !sourceNoun(words[j]!)) return null;
  const noun = words[j]!;
  if (words[i]!.folded === 'по' && !noun.analyses.some((r) => r.case === 'datv')) return null;
  if (noun.folded === 'слову') return null;
  // `со слов` is a source only set off by commas (`Со слов врачей записали диагноз` tells where from, not who said it).
  if (fromWords && !setOff(view, sentence, i, j)) return null;
  // Rule `sourceOpener`: `Судя по словам министра, …`: the word before `по` opens the source phrase, the content's no part.
  const opener = i > sentence.first && SOURCE_OPENERS.has(words[i - 1]!.folded) ? i - 1 : i;
  return sourceFrom(view, sentence, i, opener, j, possessive);
}

/** Whether the phrase from `i` through its noun at `j` and the speaker after it stands between commas or the sentence's ends. */
function setOff(view: DocumentView, sentence: Sentence, i: number, j: number): boolean {
  const before = i === sentence.first || isPunctuation(view.words[i - 1]!, ',');
  const end = clauseEnd(view, j + 1, sentence.end);
  return before && (end === sentence.end || isPunctuation(view.words[end]!, ',') || isPunctuation(view.words[end]!, '.!?…'));
}

/**
 * Rule `viewpointSource`: `С точки зрения экономиста X, …` (viewpointPhrases in the lexicon) is a source phrase as
 * `по мнению X` is, when what follows names someone: a person or body the entity stage found, or an animate noun
 * (`с точки зрения экспертов`); a viewpoint of a thing (`с точки зрения закона`) reports no one's words. Undefined when
 * no viewpoint phrase stands at `i`.
 */
function viewpointSource(view: DocumentView, sentence: Sentence, i: number): Found | null | undefined {
  const { words } = view;
  const phrase = VIEWPOINT_PHRASES.find((p) => p.every((word, k) => i + k < sentence.end && words[i + k]!.folded === word));
  if (!phrase) return undefined;
  const found = sourceFrom(view, sentence, i, i, i + phrase.length - 1, -1);
  const speaker = found.draft.speaker;
  return speaker && nounNamesSomeone(view, speaker.first, speaker.end) ? found : null;
}

/** Whether the first noun of `[first, end)` (past its adjectives: `российских властей`) is animate or a person or body the entity stage found. */
function nounNamesSomeone(view: DocumentView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const mention = view.mentionAt[k];
    if (mention) return mention.type !== 'LOC';
    const reading = view.words[k]!.analyses[0];
    if (reading?.pos === 'NOUN') return reading.tags.includes('anim');
  }
  return false;
}

/**
 * A source phrase at `i` whose cue runs from `opener` to its noun at `j` (`possessive`: the possessive before the noun,
 * else -1), with the speaker and content after it.
 */
function sourceFrom(view: DocumentView, sentence: Sentence, i: number, opener: number, j: number, possessive: number): Found {
  const { words } = view;
  const cue = phraseCue(view, opener, j + 1);
  const limit = clauseEnd(view, j + 1, sentence.end);
  // `…, по словам которого, …`: the relative pronoun is the speaker, and the content is the relative clause alone.
  const relative = j + 1 < limit && words[j + 1]!.analyses[0]?.lemma === 'который' ? j + 1 : -1;
  const phrase = possessive !== -1 ? { first: possessive, end: possessive + 1 } : relative !== -1 ? { first: relative, end: relative + 1 } : phraseFrom(view, j + 1, limit);
  const speaker = phrase && possessive === -1 && relative === -1 ? withNamedApposition(view, phrase, sentence.end) : phrase;
  const named = speaker && speaker.end > limit ? speaker.end : limit;
  // Rule `possessiveNoHead`: a possessive (`по её словам`) names the speaker but is no noun a participle after the comma
  // describes; taken as one, `её` (read as an accusative) made `эпидемический порог` the source's phrase.
  const heads = [j, ...(speaker && possessive === -1 ? [speaker.end - 1] : [])];
  const sourceEnd = relative !== -1 ? relative + 1 : participialPhraseAfter(view, heads, named, sentence.end);
  const clause = relative !== -1 ? { first: i, end: sentence.end } : sentence;
  return passedOn(view, clause, sourceEnd) ?? { draft: around(view, clause, opener, sourceEnd, cue, speaker, 'по словам X'), next: sentence.end };
}

/**
 * Where a participle's phrase that describes the source ends (`по словам источника, знакомого с ситуацией, …`,
 * `по данным Росстата, опубликованным в среду, …`): the comma after it, when a participle or adjective in the
 * oblique case of one of the `heads` (the source noun, the last word of its phrase) follows the comma at
 * `comma`, or a relative clause (`, который …,`); else `comma`. The phrase belongs to the source, not to what it said,
 * which starts with its own subject.
 */
function participialPhraseAfter(view: DocumentView, heads: readonly number[], comma: number, end: number): number {
  const { words } = view;
  const next = words[comma + 1];
  if (!isPunctuation(words[comma]!, ',') || !next) return comma;
  const agrees = next.analyses.some(
    (reading) =>
      (reading.pos === 'PRTF' || reading.pos === 'ADJF') &&
      reading.case !== 'nomn' &&
      heads.some((head) => words[head]!.analyses.some((noun) => noun.case === reading.case && noun.number === reading.number)),
  );
  // Rule `subjectAfterSource`: a form that can be nominative (`новый`, `эпидемический`, also an accusative) may as well start
  // the content's subject (`По словам министра, новый порог превышен в Москве, …`), and the source's noun is never nominative.
  const nominative = next.analyses.some((reading) => reading.case === 'nomn');
  // Rule `relativeAfterSource`: so does a relative clause (`по словам министра, который посетил аэропорт в пятницу, …`).
  const relative = next.analyses.some((reading) => reading.lemma === 'который');
  if ((!agrees || nominative) && !relative) return comma;
  // A relative clause has a verb of its own: it ends at the next punctuation mark, not at its verb.
  let close = relative ? comma + 2 : clauseEnd(view, comma + 2, end);
  if (relative) while (close < end && !isPunctuation(words[close]!, ',;:()') && !isPunctuation(words[close]!, DASHES)) close++;
  return close < end && isPunctuation(words[close]!, ',') ? close : comma;
}

/**
 * `Как передаёт «Интерфакс», министр заявил, что …`: a statement passed on by a
 * source is its original speaker's. One source per sentence: its content runs
 * to the sentence's end, so reading on for another would be quadratic.
 */
function passedOn(view: DocumentView, sentence: Sentence, from: number): Found | null {
  for (let j = from; j < sentence.end; j++) {
    const found = isWord(view.words[j]!) ? reportedClause(view, sentence, j) : null;
    if (found) return found;
  }
  return null;
}

/** `как сообщил X, …`, `как заявили в X`, `как было объявлено`, and the same at the sentence's end. */
function asReported(view: DocumentView, sentence: Sentence, i: number): Found | null {
  if (!isOneOf(view, i, 'как')) return null;
  const { words } = view;
  let j = i + 1;
  if (j < sentence.end && words[j]!.folded === 'было') j++;
  if (j >= sentence.end) return null;
  const found = cueAt(view, j, sentence.end);
  if (!found) return followsFrom(view, sentence, i, j) ?? subjectFirst(view, sentence, i);
  if (found.reading?.pos === 'GRND') return null;
  const cue = phraseCue(view, i, found.cue.end, `как ${found.cue.lemma}`);
  const clause = clauseEnd(view, found.cue.end, sentence.end);
  const named = found.agentless ? documentAuthor(view, found.cue.end, clause) : citedSource(view, found.cue.end, clause) ?? subjectAfter(view, found.cue.end, found.reading, clause);
  const speaker = named && !found.agentless ? withNamedApposition(view, named, sentence.end) : named;
  const described = speaker && i === firstWord(view, sentence.first, sentence.end) ? sourceDescriptionEnd(view, speaker, sentence.end) : -1;
  const limit = described !== -1 ? described : speaker && speaker.end > clause ? speaker.end : clause;
  return passedOn(view, sentence, limit) ?? { draft: around(view, sentence, i, limit, cue, speaker, 'как сообщил X'), next: sentence.end };
}

/** How many tokens may stand between `как` and its cue when the subject comes first (`Как глава ведомства Иван Петров пояснил`). */
const AS_SUBJECT_WINDOW = 10;

/**
 * `Как он пояснил, …`, `…, как министр сообщил журналистам.` (rule `asSubjectFirst`): the subject between `как` and a
 * finite speech verb, its whole stretch, when `как` opens the sentence or follows a comma and the clause ends at a comma
 * or the sentence's end. Not the author's voice (`Как мы сообщали`): a first or second person pronoun is no speaker.
 */
function subjectFirst(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const { words } = view;
  if (i > sentence.first && !isPunctuation(words[i - 1]!, ',')) return null;
  for (let k = i + 2; k < Math.min(sentence.end, i + 1 + AS_SUBJECT_WINDOW); k++) {
    if (!isWord(words[k]!) && !isPunctuation(words[k]!, '«»"„“”.-')) return null;
    const found = isWord(words[k]!) && words[k]!.analyses[0]?.pos === 'VERB' ? cueAt(view, k, sentence.end) : null;
    if (!found) continue;
    if (found.agentless) return null;
    let head = i + 1;
    while (isPunctuation(words[head]!, '«"„“')) head++;
    const speaker = subjectBefore(view, k, found.reading, i + 1);
    if (!speaker || speaker.first > head || isPersonalPronoun(words[head]!)) return null;
    const clause = clauseEnd(view, found.cue.end, sentence.end);
    if (i === sentence.first ? clause < sentence.end && !isPunctuation(words[clause]!, ',') : !closesStatement(view, sentence, i, found.cue.end, clause)) return null;
    return passedOn(view, sentence, clause) ?? { draft: around(view, sentence, i, clause, found.cue, speaker, 'как сообщил X'), next: sentence.end };
  }
  return null;
}

/** The most words after the cue of a `как`-clause that closes a statement (`…, как министр сообщил журналистам в среду.`). */
const AS_TAIL_TOKENS = 4;

/**
 * Whether a `как`-clause after the comma before `i`, its cue ending at `cueEnd` and itself at `clause`, is an attribution
 * closing the statement before it: it runs to the sentence's end with a short tail after its cue, and the clause before it has no speech verb, whose
 * content it would be instead (`Он рассказал, как министр заявил ему об отставке`).
 */
function closesStatement(view: DocumentView, sentence: Sentence, i: number, cueEnd: number, clause: number): boolean {
  if (!atSentenceEnd(view, clause, sentence.end) || clause - cueEnd > AS_TAIL_TOKENS) return false;
  for (let j = clauseStart(view, sentence.first, i - 1); j < i - 1; j++) if (isWord(view.words[j]!) && speechReading(view.words[j]!)) return false;
  return true;
}

/** `я`, `мы`, `вы`, `ты`: the author or the one addressed, not a speaker of the news. */
const isPersonalPronoun = (word: Word): boolean =>
  word.analyses.some((reading) => reading.pos === 'NPRO' && (reading.tags.includes('1per') || reading.tags.includes('2per')));

/**
 * `В Кремле заявили, что …`, `В Минобороны России сообщили`: a plural cue with no subject after a sentence that
 * opens with `в` and organisations or places (`МИД | России`) names the body whose people said it; their phrase, or null.
 */
function bodyBefore(view: DocumentView, first: number, cue: number, verb: WordAnalysis | undefined): TokenRange | null {
  if (verb?.number !== 'plur' || (verb.pos !== 'VERB' && verb.pos !== 'ADJS' && verb.pos !== 'PRTS')) return null;
  let start = firstWord(view, first, cue);
  // Rule `particleBeforeBody`: an additive particle or an adverb may open the sentence before `в` (`Также в министерстве
  // отметили`, `Позднее в Кремле заявили`): it links the report to the one before and names no one.
  if (start !== -1 && start + 2 < cue && !isOneOf(view, start, 'в', 'во') && (isAdditiveParticle(view.words[start]!) || view.words[start]!.analyses.some((reading) => reading.pos === 'ADVB' || reading.pos === 'COMP'))) start++;
  if (start === -1 || start + 1 >= cue || !isOneOf(view, start, 'в', 'во')) return null;
  const recipient = recipientBeforeCue(view, start + 1, cue);
  const phrase = phraseFrom(view, start + 1, recipient < 0 ? cue : recipient);
  if (!phrase) return null;
  // The name, not its quotation marks (`В «Газпроме» заявили`).
  let head = phrase.first;
  while (head < phrase.end && isPunctuation(view.words[head]!, '«"„“')) head++;
  // A body or place the entity stage named, in the locative, and nothing else (not `В среду министры`, `В ходе встречи стороны`).
  if (head === phrase.end || !isLocative(view, head)) return null;
  // Or a kind of organisation alone, which the speaker resolver reads as the one of that kind named last (`В компании отметили`);
  // or a press service or a kind of body with whose it is (`В пресс-службе губернатора уточнили`, `В администрации президента отметили`).
  // Rule `describedBodyIn`: past the adjectives before the noun (`В столичной мэрии`, `В российском МИД`), which describe the
  // body, as no adjective names anyone.
  let noun = head;
  while (noun + 1 < phrase.end && !view.mentionAt[noun] && isWord(view.words[noun]!) && view.words[noun]!.analyses[0]?.pos === 'ADJF') noun++;
  const kindAlone = phrase.end === noun + 1 && (isOrganisationKind(view.words[noun]!) || isBodyNoun(view.words[noun]!));
  const bodyOf = phrase.end > noun + 1 && (isSpokesNoun(view.words[noun]!) || isOrganisationKind(view.words[noun]!));
  if (bodyOf) return phrase;
  for (let j = noun; j < phrase.end && !kindAlone; j++) {
    const mention = view.mentionAt[j];
    if (isWord(view.words[j]!) && (!mention || mention.type === 'PER')) return null;
  }
  // Nothing but adverbs and particles may stand between the body and the cue (`В компании также отметили`), and the one
  // spoken to, last.
  for (let j = phrase.end; j < (recipient < 0 ? cue : recipient); j++) {
    const pos = view.words[j]!.analyses[0]?.pos;
    if (!isWord(view.words[j]!) || (pos !== 'ADVB' && pos !== 'PRCL' && pos !== 'CONJ')) return null;
  }
  return phrase;
}

/** A word that can be in the locative after `в` (`Кремле`), or that does not decline (`Минобороны`, an abbreviation: `МИД`, a name the dictionary lacks). */
function isLocative(view: DocumentView, i: number): boolean {
  const word = view.words[i]!;
  if (word.analyses.some((reading) => reading.case === 'loct' || reading.case === 'loc2' || reading.tags.includes('Fixd'))) return true;
  const mention = view.mentionAt[i];
  if (mention !== undefined && (word.shape === 'upper' || word.analyses.every((reading) => !reading.known))) return true;
  // A name whose first word does not decline shows its case on a later word (`В «Газпром нефти»`, `в «Почте России»`).
  return mention !== undefined && view.mentionAt[i + 1] === mention && isLocative(view, i + 1);
}

/**
 * The source a report cites in `[from, end)` (`пишет «Коммерсантъ» со ссылкой на источники`): the one whose
 * statement it is, as for a medium that passes one on (quotes.md), or null.
 */
function citedSource(view: DocumentView, from: number, end: number): TokenRange | null {
  const { words } = view;
  for (let j = from; j + 3 < end; j++) {
    if (words[j]!.folded === 'со' && words[j + 1]!.folded === 'ссылкой' && words[j + 2]!.folded === 'на') return phraseFrom(view, j + 3, end);
  }
  return null;
}

/**
 * Whose document an agentless report cites, in `[from, end)`: the phrase after `в` and a document noun
 * (`В заявлении МИД России говорится`, `как отмечается в докладе ООН`), or null.
 */
export function documentAuthor(view: DocumentView, from: number, end: number): TokenRange | null {
  for (let i = from; i + 2 < end; i++) {
    if (!isOneOf(view, i, 'в', 'во', 'на')) continue;
    let noun = documentNounAfter(view, i + 1, end);
    if (noun === -1) continue;
    // Rule `postedDocument`: where the document was posted comes between it and its author (`в сообщении на сайте Кремля`).
    if (noun + 2 < end && isOneOf(view, noun + 1, 'в', 'во', 'на')) {
      const place = documentNounAfter(view, noun + 2, end);
      if (place !== -1) noun = place;
    }
    // Rule `possessiveAuthor`: a possessive before the document (`В его заявлении говорится`) names its author, as a genitive after it does.
    const possessive = POSSESSIVES.has(view.words[i + 1]!.folded) ? { first: i + 1, end: i + 2 } : null;
    return passiveAgent(view, noun + 1, end) ?? phraseFrom(view, noun + 1, end) ?? possessive;
  }
  return null;
}

/** Words looked at after a document's passive participle for its agent (`распространенном в среду Государственным департаментом`). */
const AGENT_WINDOW = 5;

/**
 * Rule `documentAgent`: a document noun followed, after a comma, by a passive participle whose agent stands in the
 * instrumental (`в заявлении, распространенном Государственным департаментом`): the agent issued it, and is the speaker.
 */
function passiveAgent(view: DocumentView, from: number, end: number): TokenRange | null {
  const { words } = view;
  let i = from;
  if (i < end && isPunctuation(words[i]!, ',')) i++;
  if (i >= end || !words[i]!.analyses.some((reading) => reading.pos === 'PRTF' && reading.tags.includes('pssv'))) return null;
  for (let j = i + 1; j < Math.min(end, i + 1 + AGENT_WINDOW); j++) {
    const word = words[j]!;
    if (!isWord(word)) return null;
    const instrumental = word.analyses.some((reading) => (reading.pos === 'NOUN' || reading.pos === 'ADJF') && reading.case === 'ablt');
    if (instrumental && (view.mentionAt[j] || word.analyses[0]?.pos === 'ADJF' || word.analyses[0]?.pos === 'NOUN')) return phraseFrom(view, j, end);
  }
  return null;
}

/** Words looked at after `в` for its document noun, over the adjectives and participle phrases before it. */
const DOCUMENT_MODIFIER_WINDOW = 8;

/**
 * The document noun at `from`, or after the adjectives and participle phrases that open there
 * (`в новогоднем обращении`, `в опубликованном в конце года докладе`, `на официальном сайте`): its token, or -1.
 * The words between hold no verb and no punctuation.
 */
function documentNounAfter(view: DocumentView, from: number, end: number, cases: readonly string[] = LOCATIVE): number {
  const { words } = view;
  if (from >= end) return -1;
  if (isDocumentNoun(words[from]!)) return from;
  if (!words[from]!.analyses.some((reading) => (reading.pos === 'ADJF' || reading.pos === 'PRTF') && cases.includes(reading.case ?? ''))) return -1;
  for (let j = from + 1; j < Math.min(end, from + DOCUMENT_MODIFIER_WINDOW); j++) {
    const word = words[j]!;
    if (word.token.kind === 'number') continue;
    if (!isWord(word) || PREDICATES.has(word.analyses[0]?.pos ?? '')) return -1;
    if (isDocumentNoun(word) && word.analyses.some((reading) => cases.includes(reading.case ?? ''))) return j;
  }
  return -1;
}

const LOCATIVE = ['loct', 'loc2'];

/**
 * Rule `followsFrom`: `Как следует из сообщения прокуратуры, …`, `как следует из опубликованного отчета компании`: what a
 * document shows is its author's report, as `как говорится в` is. The cue (`как следует из`) ends at `из`; returns the
 * draft with the document's author as speaker, or null.
 */
function followsFrom(view: DocumentView, sentence: Sentence, i: number, j: number): Found | null {
  const source = documentFollowedFrom(view, sentence, j);
  if (source === null) return null;
  const { clause, noun } = source;
  const cue = phraseCue(view, i, j + 2, 'как следовать из');
  const speaker = noun + 1 < clause ? phraseFrom(view, noun + 1, clause) : null;
  return { draft: around(view, sentence, i, clause, cue, speaker, 'как сообщил X'), next: sentence.end };
}

/**
 * `следует из` at `verb` and a document noun in the genitive after it (`следует из сообщения прокуратуры`): the end of its
 * clause and the noun's index, or null.
 */
function documentFollowedFrom(view: DocumentView, sentence: Sentence, verb: number): { clause: number; noun: number } | null {
  const word = view.words[verb]!;
  if (verb + 2 >= sentence.end || !word.analyses.some((reading) => reading.pos === 'VERB' && reading.key === 'следовать' && reading.tags.includes('3per'))) return null;
  if (!isOneOf(view, verb + 1, 'из')) return null;
  const clause = clauseEnd(view, verb + 2, sentence.end);
  const noun = documentNounAfter(view, verb + 2, clause, ['gent']);
  return noun === -1 ? null : { clause, noun };
}

/**
 * Rule `followsFrom` at the sentence's end without `как`: `…, следует из отчетности компании.` is the document's author's
 * report, as `…, как следует из …` is. The cue is `следует из`; the document noun must close the sentence with its author.
 */
function trailingFollowsFrom(view: DocumentView, sentence: Sentence, i: number, before: number): Found | null {
  const source = documentFollowedFrom(view, sentence, i);
  if (source === null || !atSentenceEnd(view, source.clause, sentence.end)) return null;
  const { clause, noun } = source;
  const content = piece(view, sentence.first, before);
  if (!content || !hasPredicate(view, sentence.first, before)) return null;
  const cue = phraseCue(view, i, i + 2, 'следовать из');
  const speaker = noun + 1 < clause ? phraseFrom(view, noun + 1, clause) : null;
  return { draft: { kind: 'indirect', content: [content], cue, speaker, inherits: false, pattern: '…, — считает X' }, next: sentence.end };
}

/** `Об этом сообщил X.`, `Об этом X сообщил.` and `Такое мнение высказал X.`: the sentence before is X's statement. */
function aboutThis(view: DocumentView, sentence: Sentence, i: number, previous: Sentence | null): Found | null {
  const { words } = view;
  if (!previous || i !== firstWord(view, sentence.first, sentence.end)) return null;
  const pointing = pointingVerbObjectCue(words, i);
  if (pointing && i + 3 < sentence.end) {
    const content = piece(view, previous.first, previous.end);
    const speaker = subjectAfter(view, i + 3, pointing.reading, sentence.end);
    if (!content || !speaker) return null;
    const cue = phraseCue(view, i, i + 3, pointing.lemma);
    return { draft: { kind: 'indirect', content: [content], cue, speaker, inherits: false, pattern: 'Об этом сообщил X' }, next: sentence.end };
  }
  // Rule `soSaid`: `Так X прокомментировал …`, `Так считает X.` points back as `Об этом` does; `Так, …` with a comma
  // opens an example instead, and a bare `Так` needs a speaker named (`Так говорят` is no one's).
  const so = isOneOf(view, i, 'так') && i + 1 < sentence.end && isWord(words[i + 1]!);
  if (!so && (!isOneOf(view, i, 'об') || i + 2 >= sentence.end || words[i + 1]!.folded !== 'этом')) return null;
  const after = so ? i + 1 : i + 2;
  // The cue right after `Об этом`, or the first verb of the clause when the subject comes first (`Об этом министр заявил`).
  const verb = clauseEnd(view, after, sentence.end);
  const found = cueAt(view, after, sentence.end) ?? (verb < sentence.end && isWord(words[verb]!) ? cueAt(view, verb, sentence.end) : null);
  if (!found || (so && (found.agentless || found.reading?.pos !== 'VERB'))) return null;
  const content = piece(view, previous.first, previous.end);
  if (!content) return null;
  const speaker = found.agentless
    ? documentAuthor(view, found.cue.end, sentence.end)
    : subjectAfter(view, found.cue.end, found.reading, sentence.end) ?? subjectBefore(view, found.cue.first, found.reading, after);
  if (so && !speaker) return null;
  return { draft: { kind: 'indirect', content: [content], cue: found.cue, speaker, inherits: false, pattern: 'Об этом сообщил X' }, next: sentence.end };
}

/** `…, о чём заявил X.`: a relative clause that points back at the statement before it in the sentence. */
function aboutWhich(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const { words } = view;
  if (!isOneOf(view, i, 'о') || i + 2 >= sentence.end || fold(words[i + 1]!.text) !== 'чем') return null;
  if (i - 1 <= sentence.first || !isPunctuation(words[i - 1]!, ',')) return null;
  const found = cueAt(view, i + 2, sentence.end);
  if (!found || found.reading?.pos === 'GRND') return null;
  const content = piece(view, sentence.first, i - 1);
  if (!content || !hasPredicate(view, sentence.first, i - 1)) return null;
  const limit = clauseEnd(view, found.cue.end, sentence.end);
  const speaker = found.agentless
    ? null
    : subjectAfter(view, found.cue.end, found.reading, limit) ?? subjectBefore(view, found.cue.first, found.reading, i + 2) ?? mainSubject(view, sentence.first, i - 1, found.reading);
  return { draft: { kind: 'indirect', content: [insideMarks(view, content)], cue: found.cue, speaker, inherits: false, pattern: '…, о чём сообщил X' }, next: sentence.end };
}

/**
 * Rule `mainSubject`: a relative clause's cue with no subject of its own (`Глава региона поручил отремонтировать укрытия,
 * о чем сообщил в своем Telegram-канале.`) shares the main clause's subject, when the main verb agrees with the cue as
 * two predicates of one subject do; null when the main clause has no such subject before its verb.
 */
function mainSubject(view: DocumentView, first: number, end: number, cue: WordAnalysis | undefined): TokenRange | null {
  const verb = clauseEnd(view, first, end);
  const reading = verb < end ? view.words[verb]!.analyses[0] : undefined;
  if (!cue || reading?.pos !== 'VERB' || !agreeInNumber(reading, cue)) return null;
  return subjectBefore(view, verb, reading, first);
}

/**
 * `представители ХДС, считавшие, что …`: a speech verb's participle after a comma, with its clause; the speaker is
 * the noun phrase before the comma that the participle agrees with in case and number.
 */
function participleClause(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const { words } = view;
  if (i - 1 <= sentence.first || !isPunctuation(words[i - 1]!, ',')) return null;
  const participle = speechReading(words[i]!);
  if (participle?.pos !== 'PRTF') return null;
  const conjunction = conjunctionAfter(view, i + 1, sentence.end);
  if (conjunction === -1) return null;
  const content = piece(view, conjunction + 1, mainClauseAfter(view, conjunction + 1, sentence.end, participle));
  if (!content) return null;
  const speaker = agreeingPhraseBefore(view, i - 1, sentence.first, participle);
  if (!speaker) return null;
  return { draft: { kind: 'indirect', content: [insideMarks(view, content)], cue: wordCue(i, participle.lemma), speaker, inherits: false, pattern: 'X, считающий, что …' }, next: sentence.end };
}

/**
 * Where the sentence's main clause resumes after a nominative participle's clause (`Иван Петров, считающий, что
 * реформа провалилась, ушёл в отставку`): the comma before a verb agreeing with the participle in number and
 * gender, as the subject's predicate does; else `end`.
 */
function mainClauseAfter(view: DocumentView, from: number, end: number, participle: WordAnalysis): number {
  if (participle.case !== 'nomn') return end;
  const { words } = view;
  const agrees = (reading: WordAnalysis): boolean =>
    reading.pos === 'VERB' && reading.number === participle.number && (reading.gender === undefined || participle.gender === undefined || reading.gender === participle.gender);
  for (let j = from; j + 1 < end; j++) {
    if (isPunctuation(words[j]!, ',') && words[j + 1]!.analyses.some(agrees)) return j;
  }
  return end;
}

/**
 * The noun phrase that ends at token `end` and whose head, the nearest to `end`, agrees with `participle` in case
 * and number, or is a person's name (`работнику фирмы Давиду Мирианашвали, считающему`), or null.
 */
function agreeingPhraseBefore(view: DocumentView, end: number, floor: number, participle: WordAnalysis): TokenRange | null {
  const agrees = (j: number): boolean =>
    view.mentionAt[j]?.type === 'PER' ||
    view.words[j]!.analyses.some((reading) => (reading.pos === 'NOUN' || reading.pos === 'NPRO') && reading.case === participle.case && reading.number === participle.number);
  for (let j = end - 1; j >= floor && j > end - 12; j--) {
    const word = view.words[j]!;
    if (!isWord(word) || isVerbal(view, j)) return null;
    if (!agrees(j)) continue;
    let start = j;
    while (start > floor && isWord(view.words[start - 1]!) && !isVerbal(view, start - 1) && !['PREP', 'ADVB', 'PRCL'].includes(view.words[start - 1]!.analyses[0]?.pos ?? '')) start--;
    return phraseFrom(view, start, end);
  }
  return null;
}

const isVerbal = (view: DocumentView, j: number): boolean => PREDICATES.has(view.words[j]!.analyses[0]?.pos ?? '') || view.words[j]!.analyses[0]?.pos === 'CONJ';

/** `…, — считает X.`, `…, сообщает РБК.` or `…, говорится в заявлении МИД.`: a report whose source closes the sentence. */
function trailingSource(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const { words } = view;
  let before = i - 1;
  const negated = negatesStance(view, i, sentence);
  if (negated) before--;
  // Rule `adverbBeforeTrailingCue`: an adverb or an additive particle may open the attribution before its verb (`…, ранее
  // заявлял глава «Газпрома» Алексей Миллер.`, `…, также сообщил X`), as it may stand anywhere in the clause.
  for (let k = 0; k < 2 && !negated && before > sentence.first && isWord(words[before]!) && attributionAdverb(words[before]!); k++) before--;
  if (before > sentence.first && isPunctuation(words[before]!, DASHES)) before--;
  if (before <= sentence.first || !isPunctuation(words[before]!, ',!?…')) return null;
  // `…, приводит «Интерфакс» слова губернатора.` (rule `citedWords`): a verb that cites with `слова` closes a report as a speech verb does.
  const citing = wordsCitingReading(words, i);
  const found = cueAt(view, i, sentence.end) ?? (citing ? { cue: wordCue(i, citing.lemma), agentless: false, reading: citing } : null);
  if (!found && !negated) return trailingFollowsFrom(view, sentence, i, before);
  if (!found || (!found.agentless && !isFinitePredicate(found.reading))) return null;
  if (negated && !isNegatedStance(found.cue.lemma)) return null;
  const clause = clauseEnd(view, found.cue.end, sentence.end);
  // An agentless report (`…, говорится в заявлении МИД.`, `…, сообщается на сайте ведомства.`) is the document's author's, or no one's.
  const named = found.agentless
    ? documentAuthor(view, found.cue.end, clause)
    : citedSource(view, found.cue.end, clause) ??
      (citing ? citedSpeaker(view, found.cue.end, clause, true) : null) ??
      // `…, передаёт ТАСС слова помощника президента`: the one whose words a medium passes on (rule `passedOnWords`).
      (isPassOnCue(found.cue.lemma) ? citedSpeaker(view, found.cue.end, clause, !isCitingCue(found.cue.lemma)) : null) ??
      subjectAfter(view, found.cue.end, found.reading, clause);
  const speaker = named && !found.agentless ? withNamedApposition(view, named, sentence.end) : named;
  const limit = speaker && speaker.end > clause ? speaker.end : clause;
  const closes = atSentenceEnd(view, limit, sentence.end);
  const comma = !closes && isPunctuation(words[limit]!, ',');
  // `…, говорит собеседник агентства, знакомый с ходом переговоров.`: the speaker's own modifier may close the sentence;
  // so may what the speaker did as they spoke (`…, заявил Путин, выступая перед студентами.`) or a clause about them
  // (`…, сообщил Петров, который …`). A gerund that reports (`…, заявил Путин, добавив, что …`) is a report of its own,
  // read next from the comma.
  const modified = comma && speakerModifier(view, limit + 1, sentence.end);
  const adjunct = comma && !modified ? speakerAdjunct(view, limit + 1, sentence.end, found.agentless) : null;
  if (!closes && !modified && !adjunct) return null;
  if (!speaker && !found.agentless) return null;
  const opener = frontedConjunction(view, sentence.first, before);
  const content = piece(view, opener, before);
  if (!content || !hasPredicate(view, opener, before, true)) return null;
  const pattern = modified ? '…, — считает X, знакомый с …' : adjunct ? '…, — считает X, выступая …' : '…, — считает X';
  return { draft: { kind: 'indirect', content: [content], cue: found.cue, speaker, inherits: false, pattern }, next: adjunct === 'report' ? limit + 1 : sentence.end };
}

/** An adverb (`ранее`, `уже`, `вчера`) or an additive particle (`также`) between a trailing source's comma and its verb. */
const attributionAdverb = (word: Word): boolean => word.analyses[0]?.pos === 'ADVB' || isAdditiveParticle(word);

/**
 * Rule `frontedConjunction`: a reported clause put before its attribution keeps its conjunction (`О том, что стороны близки к
 * компромиссу, заявил X.`, `Что сделка сорвется, предупреждали и аналитики.`), which is no part of the content, as after a cue;
 * where the content starts past it.
 */
function frontedConjunction(view: DocumentView, first: number, end: number): number {
  const { words } = view;
  const at = (k: number, text: string): boolean => k < end && words[k]!.folded === text;
  if (at(first, 'о') && at(first + 1, 'том') && first + 2 < end && isPunctuation(words[first + 2]!, ',') && at(first + 3, 'что')) return first + 4;
  return at(first, 'что') && first + 1 < end && !isPunctuation(words[first + 1]!, ',') ? first + 1 : first;
}

/**
 * A cue that can be an inserted attribution's predicate: a finite verb, or a short form of stance (rule
 * `stanceAttribution`: `…, уверен министр.`, `Рост экономики, убеждена X, продолжится`; the dictionary reads `уверена`,
 * `убеждены` as short participles), which is a predicate as the verb is; not its neuter, which a speaker seldom takes and
 * which is also a preposition (`согласно распоряжению`).
 */
const isFinitePredicate = (reading: WordAnalysis | undefined): boolean =>
  reading?.pos === 'VERB' || ((reading?.pos === 'ADJS' || reading?.pos === 'PRTS') && reading.gender !== 'neut');

/**
 * What follows the speaker of a trailing attribution after a comma, when it is about the speaker and not the statement:
 * a gerund's phrase (`выступая перед студентами`), `'report'` when the gerund reports with a conjunction of its own
 * (`добавив, что …`), a relative clause (`который …`), or after an agentless report's document a participle's
 * phrase with no verb (`опубликованном в среду`); null for anything else, and for a gerund whose phrase is
 * followed by a verb after a comma (`…, заявил он, выступая в Москве, будет …`: the statement resumes).
 */
function speakerAdjunct(view: DocumentView, from: number, end: number, agentless: boolean): 'adjunct' | 'report' | null {
  const { words } = view;
  const word = words[from];
  if (!word || !isWord(word)) return null;
  if (word.analyses[0]?.lemma === 'который') return 'adjunct';
  // After an agentless report's document, a participle's phrase describing it (`…, отмечается в докладе ООН, опубликованном в среду.`).
  if (agentless && word.analyses[0]?.pos === 'PRTF' && !hasFiniteVerb(view, from + 1, end)) return 'adjunct';
  if (!word.analyses.some((reading) => reading.pos === 'GRND')) return null;
  if (speechReading(word)?.pos === 'GRND' && conjunctionAfter(view, from + 1, end) !== -1) return 'report';
  for (let j = from + 1; j + 1 < end; j++) {
    if (isPunctuation(words[j]!, ',') && isWord(words[j + 1]!) && words[j + 1]!.analyses[0]?.pos === 'VERB') return null;
  }
  return 'adjunct';
}

/**
 * What describes the speaker after a comma, up to the sentence's end: a participle or adjective phrase (`знакомый с
 * ходом переговоров`, `пожелавший остаться неизвестным`) or a noun phrase in the nominative in apposition to them
 * headed by an animate noun (`…, заявил Владимир Шаманов, глава комитета Госдумы по обороне.`, `…, заявил глава
 * комитета, генерал Владимир Шаманов.`), with no verb of its own: a modifier of the speaker, not a clause. Another
 * such phrase, or what the speaker did as they spoke (`выступая в Думе`), may follow after a comma.
 */
function speakerModifier(view: DocumentView, from: number, end: number): boolean {
  const word = view.words[from];
  // A noun in apposition names a person or a body (`глава`, `генерал`, `источник`), so it is animate.
  const nominative = (reading: WordAnalysis): boolean =>
    reading.case === 'nomn' && (reading.pos === 'PRTF' || reading.pos === 'ADJF' || (reading.pos === 'NOUN' && reading.tags.includes('anim')));
  if (!word || !isWord(word) || !(word.analyses.some(nominative) || view.mentionAt[from]?.type === 'PER')) return false;
  for (let j = from + 1; j < end; j++) {
    if (isWord(view.words[j]!) && view.words[j]!.analyses[0]?.pos === 'VERB') return false;
    if (isPunctuation(view.words[j]!, ',')) return speakerModifier(view, j + 1, end) || speakerAdjunct(view, j + 1, end, false) === 'adjunct';
    if (isPunctuation(view.words[j]!, ';:') || (isPunctuation(view.words[j]!, DASHES) && view.words[j]!.text !== '-')) return false;
  }
  return true;
}

/** `Между тем, сообщает «Лента.ру», число …` and `…, подчеркнул президент РФ, будет полезным.`: a source set off by commas inside the statement. */
function parentheticalSource(view: DocumentView, sentence: Sentence, i: number): Found | null {
  const { words } = view;
  const negated = negatesStance(view, i, sentence);
  const comma = negated ? i - 2 : i - 1;
  if (comma < sentence.first || !isPunctuation(words[comma]!, ',')) return null;
  const found = cueAt(view, i, sentence.end);
  if (!found || found.agentless || !isFinitePredicate(found.reading) || (negated && !isNegatedStance(found.cue.lemma))) return null;
  const limit = clauseEnd(view, found.cue.end, sentence.end);
  if (limit >= sentence.end || !isPunctuation(words[limit]!, ',')) return null;
  const speaker = subjectAfter(view, found.cue.end, found.reading, limit);
  // Rule `contrastResumes`: the statement goes on after the source with a clause of its own, or with a contrast that
  // leaves its verb out (`Ставка будет снижена, говорит X, однако не раньше осени`) after a part that has one.
  const resumes = hasPredicate(view, limit + 1, sentence.end) || (CONTRAST_RESUMERS.has(words[limit + 1]?.folded ?? '') && hasPredicate(view, sentence.first, i - 1));
  if (!speaker || !resumes) return null;
  return { draft: around(view, sentence, negated ? i - 1 : i, limit + 1, found.cue, speaker, '…, сообщает X, …'), next: sentence.end };
}

/**
 * Rule `negatedStance`: `не` right before the cue at `i`, after a comma (`…, не исключил министр.`): a stance whose negation
 * still states it (negatedStances in the lexicon) attributes the statement as the bare verb does.
 */
function negatesStance(view: DocumentView, i: number, sentence: Sentence): boolean {
  return i - 2 > sentence.first && view.words[i - 1]!.folded === 'не' && isPunctuation(view.words[i - 2]!, ',');
}

/**
 * A report whose source phrase `[first, limit)` stands at the start, in the middle
 * or at the end of the sentence: the content is the rest of the sentence.
 */
function around(view: DocumentView, sentence: Sentence, first: number, limit: number, cue: DraftCue, speaker: TokenRange | null, pattern: PatternName): Draft {
  // A clause before a colon introduces the report, and is not its content (`X придерживается иного мнения: по его словам, …`).
  let start = first;
  while (start > sentence.first && !isPunctuation(view.words[start - 1]!, ':;')) start--;
  const pieces = [piece(view, start, first), piece(view, limit, trailingAttribution(view, limit, sentence.end))].filter((p) => p !== null);
  const content = pieces.map((p) => insideMarks(view, p));
  // `По словам X, «…»`: the speaker's own words.
  const quoted = content.length === 1 && content[0]![0] !== pieces[0]![0];
  return { kind: quoted ? 'direct' : 'indirect', content, cue, speaker, inherits: false, pattern: quoted && pattern === 'как сообщил X' ? 'Как пояснил X, «…»' : pattern };
}

/** The source cited in `[first, end)` after a body (`Reuters`, `Агентство Bloomberg`) that passes it on, or null. */
function mediumCites(view: DocumentView, first: number, end: number): TokenRange | null {
  for (let j = first; j < end && view.words[j]!.folded !== 'со'; j++) {
    if (view.mentionAt[j]?.type === 'ORG' || (isWord(view.words[j]!) && isOrganisationKind(view.words[j]!))) return citedSource(view, j + 1, end);
  }
  return null;
}

/** The first token after the last comma, colon or dash before `cue` (from `first` on): where the cue's own clause starts. */
function clauseStart(view: DocumentView, first: number, cue: number): number {
  let j = cue;
  while (j > first && !isPunctuation(view.words[j - 1]!, ',;:') && !(isPunctuation(view.words[j - 1]!, DASHES) && view.words[j - 1]!.text !== '-')) j--;
  return j;
}

/** The first token at or after `from` that ends the source phrase: a comma, a dash, a colon or the sentence end. */
function clauseEnd(view: DocumentView, from: number, limit: number): number {
  for (let j = from; j < limit; j++) {
    if (isPunctuation(view.words[j]!, ',;:()') || (isPunctuation(view.words[j]!, DASHES) && view.words[j]!.text !== '-')) return j;
    // A word of a name the entity stage found is no verb (`Винай Кумар`).
    if (isWord(view.words[j]!) && view.words[j]!.analyses[0]?.pos === 'VERB' && !view.mentionAt[j]) return j;
  }
  return limit;
}

const hasFiniteVerb = (view: DocumentView, first: number, end: number): boolean => {
  for (let j = first; j < end; j++) if (isWord(view.words[j]!) && view.words[j]!.analyses[0]?.pos === 'VERB') return true;
  return false;
};

/**
 * A reported clause has a predicate; `Ряд государств, в том числе Россия, призвали …` does not. A short adjective after
 * the clause's first word is its predicate whatever reading comes first (rule `shortAdjectivePredicate`: `Повышение
 * налогов неизбежно`, the dictionary's first reading an adverb): a short adjective has no other use, and its neuter
 * is spelt as the adverb; opening the clause it is a parenthetical (`Возможно, …`).
 */
function hasPredicate(view: DocumentView, first: number, end: number, mainClause = false): boolean {
  for (let j = first; j < end; j++) {
    const word = view.words[j]!;
    // Rule `relativeNoReport`: with `mainClause`, a relative clause set off by commas (`Представители компании, которая стала
    // партнером, пообещали …`) is passed over: its verb is no predicate of a statement, and the verb after its closing
    // comma is the main clause's own, not an attribution of what came before.
    if (mainClause && isPunctuation(word, ',') && opensRelativeClause(view, j + 1, end)) {
      while (j + 1 < end && !isPunctuation(view.words[j + 1]!, ',')) j++;
      continue;
    }
    if (!isWord(word)) continue;
    if (PREDICATES.has(word.analyses[0]?.pos ?? '')) return true;
    // The subject right before the verb, or opening the clause before its complements (`Прокуратура области начала`).
    if (j > first && (pastVerbOfSubject(view.words[j - 1]!, word) || pastVerbOfSubject(view.words[first]!, word))) return true;
    // Known readings only: a name's guessed ones are no evidence (`Обамой`).
    if (j > first && !view.mentionAt[j] && word.analyses.some((reading) => reading.pos === 'ADJS' && reading.known)) return true;
  }
  return false;
}

/**
 * Rule `verbAfterSubject`: a word the dictionary reads first as a noun is the past verb when it agrees with a nominative
 * noun right before it or opening the clause (`Полиция начала проверку`, `Прокуратура области начала проверку`: `начала`
 * first read as the genitive of `начало`), as subject and predicate agree in gender and number.
 */
function pastVerbOfSubject(before: Word, word: Word): boolean {
  const subjects = before.analyses.filter((r) => r.known && r.pos === 'NOUN' && r.case === 'nomn');
  return word.analyses.some((r) => r.known && r.pos === 'VERB' && r.tags.includes('past') && subjects.some((subject) => agreeInNumber(subject, r)));
}

/** A form of `который` at `i`, or after a preposition (`, в которой`), before `end`. */
function opensRelativeClause(view: DocumentView, i: number, end: number): boolean {
  const isRelative = (k: number): boolean => k < end && view.words[k]!.analyses.some((reading) => reading.lemma === 'который');
  return isRelative(i) || (i + 1 < end && view.words[i]!.analyses[0]?.pos === 'PREP' && isRelative(i + 1));
}

function atSentenceEnd(view: DocumentView, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (!isPunctuation(view.words[j]!, '.!?…»"')) return false;
  return true;
}

/** `заявил, что «…»`: when the whole clause is in quotation marks, the content is inside them. */
function insideMarks(view: DocumentView, [start, end]: readonly [number, number]): [number, number] {
  const { text } = view;
  if (end - start > 2 && '«"„“'.includes(text[start]!) && '»"“”'.includes(text[end - 1]!)) {
    const inner = text.slice(start + 1, end - 1);
    if (!/[«»"„“”]/.test(inner)) {
      // Without the space a mark may have had inside it (`"We »`): a span never begins or ends with whitespace.
      let first = start + 1;
      let last = end - 1;
      while (first < last && /\s/.test(text[first]!)) first++;
      while (last > first && /\s/.test(text[last - 1]!)) last--;
      if (first < last) return [first, last];
    }
  }
  return [start, end];
}

