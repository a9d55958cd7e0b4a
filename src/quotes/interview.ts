/**
 * Interview turns with no labels: paragraphs that open with a dash, the
 * journalist's questions and the answers after them
 * (`— Когда закончится спад? ‖ — Мы ожидаем рост.`). Each turn is direct
 * speech (../shared/specs/quotes.md: dialogue and interview lines introduced by
 * a dash); an answer is the interviewee's, a question names no one.
 */
import type { EntityMention } from '../model.js';
import { isPunctuation, isWord } from '../tokens.js';
import { DASHES, piece, type Draft } from './draft.js';
import type { TokenRange } from './phrases.js';
import { tokenAtOrAfter, type DocumentView } from './view.js';

/** Paragraphs an answer may run on for: the dash paragraph and those without a dash after it. */
const MAX_ANSWER_PARAGRAPHS = 4;

/** A paragraph as the interview rule reads it: its tokens and whether it opens with a dash or is a question. */
interface Turn {
  readonly paragraph: number;
  readonly first: number;
  readonly end: number;
  readonly dash: boolean;
  readonly question: boolean;
}

/**
 * Rule `interview turns`: a question paragraph opening with a dash, answered by the next paragraph opening with a dash,
 * starts an interview; it runs on while dash paragraphs follow, and paragraphs with no dash between an answer and the
 * next dash paragraph (a few at most) continue that answer. News sets an interview so when it names the interviewee in the lead and not
 * at each turn. `claimed` are paragraphs another pattern took (`— П, — сказал X`).
 */
export function interviewTurns(view: DocumentView, claimed: ReadonlySet<number>): Draft[] {
  const turns = russianParagraphs(view, claimed);
  const drafts: Draft[] = [];
  const named = new PeopleNamed(view);
  for (let k = 0; k < turns.length; k++) {
    if (!opensInterview(turns, k)) continue;
    // The block runs to the last dash paragraph of the run that follows without a gap.
    let end = k + 1;
    let withoutDash = 0;
    for (let j = k + 1; j < turns.length && turns[j]!.paragraph === turns[j - 1]!.paragraph + 1; j++) {
      if (turns[j]!.dash) {
        end = j + 1;
        withoutDash = 0;
      } else if (++withoutDash > MAX_ANSWER_PARAGRAPHS - 1) break;
    }
    const block = turns.slice(k, end);
    const interviewee = intervieweeOf(view, block, named.mostBefore(turns[k]!.first));
    for (const draft of blockDrafts(view, block, interviewee)) drafts.push(draft);
    k = end - 1;
  }
  return drafts;
}

/** A question opening with a dash, answered by the next paragraph opening with a dash that is no question. */
function opensInterview(turns: readonly Turn[], k: number): boolean {
  const question = turns[k]!;
  const answer = turns[k + 1];
  return question.dash && question.question && answer !== undefined && answer.paragraph === question.paragraph + 1 && answer.dash && !answer.question;
}

/** The Russian paragraphs, each with its first token after the dash. */
function russianParagraphs(view: DocumentView, claimed: ReadonlySet<number>): Turn[] {
  const turns: Turn[] = [];
  let paragraph = -1;
  for (const { first, paragraph: p } of view.sentenceTokens) {
    if (p === paragraph) continue;
    paragraph = p;
    if (view.paragraphs[p]!.language !== 'rus' || claimed.has(p)) continue;
    const end = tokenAtOrAfter(view, view.paragraphs[p]!.end, first);
    if (first >= end) continue;
    const dash = isPunctuation(view.tokens[first], DASHES) && first + 1 < end && isWord(view.tokens[first + 1]);
    turns.push({ paragraph: p, first: dash ? first + 1 : first, end, dash, question: endsWithQuestion(view, first, end) });
  }
  return turns;
}

/** The paragraph's last mark that is no closing quotation mark or bracket is `?`. */
function endsWithQuestion(view: DocumentView, first: number, end: number): boolean {
  for (let i = end - 1; i >= first; i--) {
    const token = view.tokens[i]!;
    if (token.kind !== 'punctuation') return false;
    if (token.text.includes('?')) return true;
    if (!isPunctuation(token, '»“”")')) return false;
  }
  return false;
}

/** The quotes of one interview: each question with no speaker, each answer with its continuations the interviewee's. */
function blockDrafts(view: DocumentView, block: readonly Turn[], interviewee: TokenRange | null): Draft[] {
  const drafts: Draft[] = [];
  let answer: Draft | null = null;
  for (const turn of block) {
    const content = piece(view, turn.first, turn.end, true);
    if (!content) continue;
    if (!turn.dash && answer) {
      answer.content.push(content);
      continue;
    }
    const draft: Draft = { kind: 'direct', content: [content], cue: null, speaker: turn.question ? null : interviewee, inherits: false, pattern: '— …? ‖ — …' };
    answer = turn.question ? null : draft;
    drafts.push(draft);
  }
  return drafts;
}

/**
 * Whom the answers are: the person a question addresses by name at its start (`— Максим Станиславович, когда …?`), else
 * the person the paragraphs before the interview name most (`most`: the lead introduces whom it interviews); the speaker
 * phrase is that person's first mention. Null when no one is named.
 */
function intervieweeOf(view: DocumentView, block: readonly Turn[], most: number | null): TokenRange | null {
  for (const turn of block) {
    if (!turn.question) continue;
    const mention = view.mentionAt[turn.first];
    if (mention?.type === 'PER' && isPunctuation(view.tokens[tokenAtOrAfter(view, mention.end, turn.first)], ',')) return firstMention(view, mention.entity);
  }
  return most === null ? null : firstMention(view, most);
}

/** How often the text names each person up to a token, counted once over the text however many interviews it holds. */
class PeopleNamed {
  private readonly counts = new Map<number, number>();
  private most: number | null = null;
  private next = 0;

  constructor(private readonly view: DocumentView) {}

  /** The person named most before token `end` (the first of them to reach that count), or null. */
  mostBefore(end: number): number | null {
    for (; this.next < end; this.next++) {
      const mention = this.view.mentionAt[this.next];
      if (mention?.type !== 'PER' || this.view.tokens[this.next]!.start !== mention.start) continue;
      const count = (this.counts.get(mention.entity) ?? 0) + 1;
      this.counts.set(mention.entity, count);
      if (this.most === null || count > this.counts.get(this.most)!) this.most = mention.entity;
    }
    return this.most;
  }
}

/** The token range of an entity's first mention. */
function firstMention(view: DocumentView, entity: number): TokenRange {
  const mention: EntityMention = view.entities[entity]!.mentions[0]!;
  const first = tokenAtOrAfter(view, mention.start);
  return { first, end: tokenAtOrAfter(view, mention.end, first) };
}
