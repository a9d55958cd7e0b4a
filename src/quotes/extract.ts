/**
 * The quote stage: finds direct and reported speech with the patterns of each
 * paragraph's language (Russian: direct.ts, indirect.ts; English: english.ts),
 * settles quotes that overlap, then resolves every speaker's name in text
 * order (pronouns and unattributed quotes continue the speaker before them).
 */
import type { WorkingDocument } from '../document.js';
import type { LanguageCode, Quote, Span } from '../model.js';
import { isPunctuation } from '../tokens.js';
import { partitionPoint } from '../spans.js';
import { isPassOnCue } from './lexicon.js';
import { colonSpeech, paragraphSpeech, quotedSpeech } from './direct.js';
import { interviewTurns } from './interview.js';
import { Coverage, type Draft, type Piece } from './draft.js';
import { directQuotes, reportedSpeech } from './english.js';
import { EnglishSpeakers } from './english-speakers.js';
import { indirectQuotes } from './indirect.js';
import { pairQuotationMarks, type QuotedSpan } from './quotation-marks.js';
import type { TokenRange } from './phrases.js';
import { SpeakerResolver, type Resolved } from './resolve.js';
import { languageAt, tokenAtOrAfter, documentView, type DocumentView } from './view.js';

/** The pattern of a report that points back at the sentence before (indirect.ts aboutThis). */
const POINTER_PATTERN = 'Об этом сообщил X';

/** Paragraphs an unattributed quote may look back for the speaker it continues. */
const CONTINUATION_PARAGRAPHS = 2;

/** Adds the quotes of the document, Russian and English, in text order of their first piece. */
export function addQuotes(document: WorkingDocument): void {
  const view = documentView(document);
  // A pattern may leave a draft with no words of content (`«, — сказал он, — »`): no quote.
  const hasContent = (draft: Draft): boolean => draft.content.length > 0;
  const direct = directDrafts(view).filter(hasContent);
  const indirect = indirectDrafts(view).filter(hasContent);
  document.quotes = attribute(view, settle(view, direct, indirect));
}

/** The direct speech of both languages: at each outermost pair of quotation marks, then in Russian paragraphs and sentences. */
function directDrafts(view: DocumentView): Draft[] {
  const drafts: Draft[] = [];
  const english: QuotedSpan[] = [];
  for (const span of pairQuotationMarks(view.text, view.paragraphs)) {
    if (span.depth > 0) continue;
    const language = languageAt(view, tokenAtOrAfter(view, span.open));
    if (language === 'eng') english.push(span);
    if (language !== 'rus') continue;
    const draft = quotedSpeech(view, span);
    if (draft) drafts.push(draft);
  }
  // An English quotation may continue into the next pair after its attribution (`"…," X said, "…"`).
  for (const draft of directQuotes(view, english)) drafts.push(draft); // no spread: a long text has more quotes than a call takes arguments
  let paragraph = -1;
  const claimed = new Set<number>();
  for (let s = 0; s < view.sentenceTokens.length; s++) {
    if (view.language[s] !== 'rus') continue;
    const { first, end, paragraph: p } = view.sentenceTokens[s]!;
    if (p !== paragraph) {
      paragraph = p;
      const draft = paragraphSpeech(view, first, tokenAtOrAfter(view, view.paragraphs[p]!.end));
      if (draft) {
        drafts.push(draft);
        claimed.add(p);
      }
    }
    for (let i = first; i < end; i++) {
      if (!isPunctuation(view.tokens[i], ':')) continue;
      const draft = colonSpeech(view, i, end);
      if (!draft) continue;
      // The speech runs to the sentence's end: one per sentence.
      drafts.push(draft);
      break;
    }
  }
  for (const draft of interviewTurns(view, claimed)) drafts.push(draft);
  return drafts;
}

/** The reported speech of each sentence, by the patterns of its language. */
function indirectDrafts(view: DocumentView): Draft[] {
  const drafts: Draft[] = [];
  for (let s = 0; s < view.sentenceTokens.length; s++) {
    if (view.language[s] === 'rus') {
      const previous = s > 0 && view.language[s - 1] === 'rus' ? view.sentenceTokens[s - 1]! : null;
      for (const draft of indirectQuotes(view, s, previous)) drafts.push(draft);
    } else if (view.language[s] === 'eng' && view.sentenceTokens[s]!.end > view.sentenceTokens[s]!.first) {
      for (const draft of reportedSpeech(view, s)) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * One quote per act of speech: a direct quote inside reported speech
 * (`заявил, что «…»`) is part of it; reported speech inside a direct quote is
 * part of that; of two overlapping drafts of one kind, the first wins.
 */
function settle(view: DocumentView, direct: Draft[], indirect: Draft[]): Draft[] {
  const byStart = (a: Draft, b: Draft): number => a.content[0]![0] - b.content[0]![0];
  direct.sort(byStart);
  indirect.sort(byStart);
  // Reported clauses after their cue, by start, with the furthest end so far: a direct quote opening inside one is part of it.
  const reported = indirect
    .flatMap((draft) => (draft.kind === 'indirect' && draft.cue ? draft.content.filter((piece) => piece[0] > view.tokens[draft.cue!.first]!.start) : []))
    .sort((a, b) => a[0] - b[0]);
  let furthest = -1;
  let next = 0;
  const keptDirect: Draft[] = [];
  const directCoverage = new Coverage();
  for (const draft of direct) {
    const start = draft.content[0]![0];
    while (next < reported.length && reported[next]![0] < start) furthest = Math.max(furthest, reported[next++]![1]);
    if (furthest > start || directCoverage.overlaps(draft)) continue;
    keptDirect.push(draft);
    directCoverage.add(draft);
  }
  const directCues = new Set(keptDirect.flatMap((quote) => (quote.cue ? [quote.cue.first] : [])));
  const keptIndirect: Draft[] = [];
  const indirectCoverage = new Coverage();
  // `Об этом сообщил X` points back at a sentence: when that sentence reports speech of its own (`X заявил, что …`,
  // `Как передала радиостанция «Маяк», …`), that report is the statement and the pointer names its source; so pointers
  // are settled last, each on the statement it overlaps.
  const pointsBack = (draft: Draft): boolean => draft.pattern === POINTER_PATTERN;
  const kept = (): Draft[] => [...keptDirect, ...keptIndirect].sort(byStart);
  let statements: Draft[] | undefined;
  for (const draft of [...indirect.filter((draft) => !pointsBack(draft)), ...indirect.filter(pointsBack)]) {
    if (pointsBack(draft) && (directCoverage.overlaps(draft) || indirectCoverage.overlaps(draft))) {
      statements ??= kept();
      const statement = overlapping(statements, draft.content[0]!);
      if (statement && draft.speaker && !statement.source) statement.source = { speaker: draft.speaker, cue: draft.cue };
      continue;
    }
    if (directCoverage.overlaps(draft) || indirectCoverage.overlaps(draft)) continue;
    if (draft.cue && directCues.has(draft.cue.first)) continue;
    keptIndirect.push(draft);
    indirectCoverage.add(draft);
  }
  return [...keptDirect, ...keptIndirect].sort(byStart);
}

/** Of drafts sorted by start whose content does not overlap, the one whose first piece overlaps `piece`, if any. */
function overlapping(drafts: readonly Draft[], piece: Piece): Draft | undefined {
  let k = partitionPoint(drafts, (draft) => draft.content[0]![0] < piece[1]) - 1;
  for (; k >= 0; k--) {
    const draft = drafts[k]!;
    if (draft.content.some(([start, end]) => start < piece[1] && end > piece[0])) return draft;
    if (draft.content.at(-1)![1] <= piece[0]) return undefined;
  }
  return undefined;
}

/** Whose name a speaker phrase stands for, by the rules of a language. */
interface Speakers {
  resolve(range: TokenRange, last: Resolved | null, cue: TokenRange | null, opening?: number, lastContent?: readonly Span[]): Resolved;
  /** The speaker a quote with no attribution and no speaker before it is introduced by (rule `introducedSpeaker`), if the language has such. */
  introduced?(at: number): { resolved: Resolved; start: number; end: number } | null;
}

/** The last quote with a resolved speaker, which pronouns and unattributed quotes continue. */
interface Attributed {
  readonly resolved: Resolved;
  readonly speaker: Quote['speaker'];
  readonly paragraph: number;
  readonly quote: Quote;
}

/**
 * Resolves speakers in text order and joins a speaker's words continued after the attribution.
 * A quote continues only a speaker of its own language: each language keeps its last speaker.
 */
function attribute(view: DocumentView, drafts: Draft[]): Quote[] {
  const speakers = new Map<LanguageCode, Speakers>();
  const speakersOf = (language: LanguageCode): Speakers => {
    let found = speakers.get(language);
    if (!found) speakers.set(language, (found = language === 'eng' ? new EnglishSpeakers(view) : new SpeakerResolver(view)));
    return found;
  };
  const lastOf = new Map<LanguageCode, Attributed>();
  const quotes: Quote[] = [];
  for (const draft of drafts) {
    const s = view.sentenceOf[Math.min(tokenAtOrAfter(view, draft.content[0]![0]), view.tokens.length - 1)]!;
    const { paragraph } = view.sentenceTokens[s]!;
    const language = view.language[s]!;
    const last = lastOf.get(language);
    const recent = last !== undefined && paragraph - last.paragraph <= CONTINUATION_PARAGRAPHS ? last : null;
    if (draft.inherits && recent && recent.quote.kind === 'direct' && recent.paragraph === paragraph && draft.kind === 'direct') {
      // `«П1», — сказал X. «П2».`: one quote with several pieces.
      recent.quote.content.push(...draft.content.map((piece) => span(view.text, piece)));
      continue;
    }
    let speaker: Quote['speaker'] = null;
    let resolved: Resolved | null = null;
    if (draft.speaker) {
      resolved = speakersOf(language).resolve(draft.speaker, recent?.resolved ?? null, draft.cue, draft.content[0]![0], recent?.quote.content);
      speaker = { ...tokenSpan(view, withStatedTitle(view, draft.speaker, draft.cue)), name: resolved.name, entity: resolved.entity };
    } else if (draft.inherits && recent?.speaker) {
      speaker = recent.speaker;
      resolved = recent.resolved;
    } else if (draft.inherits && !draft.source) {
      const introduced = speakersOf(language).introduced?.(draft.content[0]![0]);
      if (introduced) {
        resolved = introduced.resolved;
        speaker = { ...span(view.text, [introduced.start, introduced.end]), name: introduced.resolved.name, entity: introduced.resolved.entity };
      }
    }
    let draftCue = draft.cue;
    // The source `Об этом сообщил X` names is the speaker of a statement that names no one or that a medium passes on,
    // and the source's verb its cue when the statement's was the medium's (`Как передала радиостанция «Маяк»`).
    const passedOn = draft.cue !== null && isPassOnCue(draft.cue.lemma);
    // A statement with no attribution of its own (`«…». Так посол прокомментировал …`) takes the source's phrase and cue
    // even when the source names no one: it says who spoke, where continuing the last speaker only guesses.
    const unattributed = !draft.cue && !draft.speaker;
    if (draft.source && (!resolved?.name || passedOn || unattributed)) {
      const source = speakersOf(language).resolve(draft.source.speaker, recent?.resolved ?? null, draft.source.cue, draft.content[0]![0]);
      if (source.name || unattributed) {
        resolved = source;
        speaker = { ...tokenSpan(view, draft.source.speaker), name: source.name, entity: source.entity };
        if (passedOn || unattributed) draftCue = draft.source.cue;
      }
    }
    const cue = draftCue ? { ...tokenSpan(view, withAuxiliary(view, draftCue)), lemma: draftCue.lemma } : null;
    const quote: Quote = { kind: draft.kind, content: draft.content.map((piece) => span(view.text, piece)), cue, speaker, pattern: draft.pattern };
    quotes.push(quote);
    if (resolved?.name) lastOf.set(language, { resolved, speaker, paragraph, quote });
  }
  return quotes;
}

const span = (text: string, [start, end]: Piece): Span => ({ start, end, text: text.slice(start, end) });

/** Code units a stated title spans at most, for rule `statedTitle` (the roles stage's titles are a few words). */
const LONGEST_TITLE = 400;

/**
 * Rule `statedTitle`: a speaker phrase naming a person takes in the start of the title the roles stage found for them right
 * before the phrase or running into it (`сообщил временно исполняющий обязанности губернатора Александр Хинштейн`, whose
 * participle and adverb no noun phrase opens), not past the cue, as the speaker is the whole noun phrase with its title.
 */
function withStatedTitle(view: DocumentView, range: TokenRange, cue: { first: number; end: number } | null): TokenRange {
  // A speaker with no cue (an interview's answers) is the name as the text introduced it, title aside.
  if (cue === null) return range;
  let mention = view.mentionAt[range.end - 1];
  for (let k = range.first; k < range.end && mention?.type !== 'PER'; k++) mention = view.mentionAt[k];
  if (mention?.type !== 'PER') return range;
  const start = view.tokens[range.first]!.start;
  const floor = cue.end <= range.first ? cue.end : view.sentenceTokens[view.sentenceOf[range.first]!]!.first;
  // Roles are in the order of their titles' starts: only those starting a title's length before the phrase are read.
  const { roles } = view;
  for (let k = partitionPoint(roles, (role) => role.title.start < start - LONGEST_TITLE); k < roles.length && roles[k]!.title.start < start; k++) {
    const role = roles[k]!;
    // A title that runs into the phrase or ends right before it.
    if (role.person !== mention.entity || role.title.end < start - 1) continue;
    const first = tokenAtOrAfter(view, role.title.start);
    if (first >= floor && first < range.first) return { first, end: range.end };
  }
  return range;
}

/** The span from the first token of a range to its last. */
const tokenSpan = (view: DocumentView, range: TokenRange): Span => span(view.text, [view.tokens[range.first]!.start, view.tokens[range.end - 1]!.end]);

/** Auxiliaries of a passive report (`Было заявлено, что …`), folded. */
const REPORT_AUXILIARIES = new Set(['было', 'будет']);

/** Rule 'auxiliary of a report': the cue of an agentless report takes its auxiliary (`Было заявлено`), part of its predicate. */
function withAuxiliary(view: DocumentView, cue: TokenRange): TokenRange {
  const before = view.words[cue.first - 1];
  const auxiliary =
    before !== undefined && REPORT_AUXILIARIES.has(before.folded) && cue.end - cue.first === 1 &&
    view.words[cue.first]!.analyses.some((reading) => reading.pos === 'PRTS' && reading.gender === 'neut');
  return auxiliary ? { first: cue.first - 1, end: cue.end } : cue;
}
