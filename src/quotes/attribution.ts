/**
 * The search for a direct quote's attribution, which both languages share:
 * after the closing mark (`«…», — сказал X`, `"…," X said`) and before the
 * opening mark (`X сказал: «…»`, `X said: "…"`). A language's grammar says
 * what a cue is and how the phrase of its speaker is found; the callers say
 * what may stand between the mark and the attribution.
 */
import { isWord } from '../tokens.js';
import type { DraftCue } from './draft.js';
import type { TokenRange } from './phrases.js';
import type { DocumentView } from './view.js';

/** Tokens before an opening mark searched for the speech verb that introduces it (`Посол также сказал:`). */
const INTRODUCTION_WINDOW = 5;

/** What the attribution search asks of a language. */
export interface AttributionGrammar<C extends DraftCue> {
  /** The cue at token `i` (a speech verb, with what the speaker search needs of it), or null. */
  cueAt(view: DocumentView, i: number): C | null;
  /** The speaker phrase right after the cue, before token `end` (`— заявил посол`, `said the minister`). */
  speakerAfter(view: DocumentView, cue: C, end: number): TokenRange | null;
  /** The speaker phrase right before the cue, from token `first` on (`— посол заявил`, `the minister said`). */
  speakerBefore(view: DocumentView, cue: C, first: number): TokenRange | null;
  /** A word that may open an attribution before its cue without being the speaker (`— так прокомментировал …`), if the language has such. */
  leadsCue?(view: DocumentView, i: number): boolean;
}

/** A cue and its speaker phrase. */
export interface CueAndSpeaker<C extends DraftCue> {
  readonly cue: C;
  readonly speaker: TokenRange | null;
}

/**
 * An attribution that starts at token `first`: the first cue before `verbEnd`, with its speaker
 * after it (before `end`) when the cue comes first, else the speaker before it.
 */
export function attributionFrom<C extends DraftCue>(view: DocumentView, first: number, verbEnd: number, end: number, grammar: AttributionGrammar<C>): CueAndSpeaker<C> | null {
  for (let j = first; j < verbEnd; j++) {
    const cue = grammar.cueAt(view, j);
    if (!cue) continue;
    if (j === first) return { cue, speaker: grammar.speakerAfter(view, cue, end) };
    // Only words that lead the cue before it (`— так прокомментировал решение суда адвокат`): the speaker follows it.
    let leads = grammar.leadsCue !== undefined;
    for (let k = first; k < j && leads; k++) leads = grammar.leadsCue!(view, k);
    return { cue, speaker: grammar.speakerBefore(view, cue, first) ?? (leads ? grammar.speakerAfter(view, cue, end) : null) };
  }
  return null;
}

/**
 * An attribution that ends at token `last`, right before an opening mark or its colon: a cue
 * among the few words before it (not before `floor`), with its speaker before it, else after it.
 */
export function introductionTo<C extends DraftCue>(view: DocumentView, last: number, floor: number, grammar: AttributionGrammar<C>): CueAndSpeaker<C> | null {
  for (let j = last; j >= floor && j > last - INTRODUCTION_WINDOW; j--) {
    if (!isWord(view.tokens[j])) break;
    const cue = grammar.cueAt(view, j);
    if (!cue) continue;
    return { cue, speaker: grammar.speakerBefore(view, cue, floor) ?? grammar.speakerAfter(view, cue, last + 1) };
  }
  return null;
}
