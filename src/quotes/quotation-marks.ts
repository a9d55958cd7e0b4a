/**
 * Quotation marks: pairs every opening mark with its closing mark, in one
 * pass over the text, whatever the style (`«»`, `„“`, `“”`, `"`, `'`).
 *
 * Scraped text has unbalanced marks, so a stray closing mark is ignored, an
 * opening mark never closed is dropped at the end of its paragraph, and the
 * stack of open marks is bounded: the pass stays linear on any input.
 */
import type { Paragraph } from '../model.js';

/** A pair of quotation marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /** 0 for a quote inside no other, 1 inside one, and so on. */
  readonly depth: number;
  /**
   * Offsets of the opening marks that continue the quote at the start of each
   * later paragraph (a quote over several paragraphs opens each of them).
   */
  readonly continuations: readonly number[];
}

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '„': '“”',
  '“': '”“',
  '‘': '’',
  '‹': '›',
  '"': '"',
  "'": "'",
};
const OPENING_ONLY = '«„‹';
const CLOSING_ONLY = '»›';
const AMBIGUOUS = '"\'“”‘’';

/** Open marks kept at once; deeper nesting is not written by people, only by accident. */
const MAX_OPEN = 12;

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isOpeningContext = (ch: string | undefined): boolean => isSpace(ch) || (ch !== undefined && '([{«„“‘"\'—–-/:'.includes(ch));
const isClosingContext = (ch: string | undefined): boolean => ch !== undefined && ',.;:!?)…'.includes(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Whether a code unit may be a mark at all, without making a string of it: every mark is `"`, `'`, `«`, `»` or in U+2018–U+203A. */
const mayBeMark = (code: number): boolean => code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x203a);

interface Open {
  readonly mark: string;
  readonly at: number;
  readonly continuations: number[];
}

/**
 * Every pair of quotation marks in the text, ordered by opening mark.
 *
 * @param text - The document text.
 * @param paragraphs - The document's paragraphs: a quote left open at a paragraph's end
 *   continues only when the next paragraph opens with the same mark.
 */
export function pairQuotationMarks(text: string, paragraphs: readonly Pick<Paragraph, 'start' | 'end'>[]): QuotedSpan[] {
  const pairs: QuotedSpan[] = [];
  let stack: Open[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    let from = start;
    if (stack.length > 0) {
      // A quote running over paragraphs opens the next one with its own mark; anything else was never closed.
      const first = firstMark(text, start, end);
      const bottom = stack[0]!;
      if (first !== -1 && text[first] === bottom.mark) {
        stack = [bottom];
        bottom.continuations.push(first);
        from = first + 1;
      } else {
        stack = [];
      }
    }
    for (let i = from; i < end; i++) {
      if (!mayBeMark(text.charCodeAt(i))) continue;
      const ch = text[i]!;
      if (!OPENING_ONLY.includes(ch) && !CLOSING_ONLY.includes(ch) && !AMBIGUOUS.includes(ch)) continue;
      const before = text[i - 1];
      const after = text[i + 1];
      if ((ch === "'" || ch === '’') && isLetter(before) && isLetter(after)) continue; // an apostrophe: O'Brien, д'Артаньян
      // A quote never opens on punctuation that ends a phrase (`"… "новой нормальностью"", — пояснил`: both marks close).
      const opening = OPENING_ONLY.includes(ch) || (AMBIGUOUS.includes(ch) && isOpeningContext(before) && !isSpace(after) && !isClosingContext(after));
      const closing = CLOSING_ONLY.includes(ch) || (AMBIGUOUS.includes(ch) && !isSpace(before) && !isOpeningContext(before)) || (AMBIGUOUS.includes(ch) && !opening);
      if (closing) {
        const k = matchingOpen(stack, ch);
        if (k !== -1) {
          const open = stack[k]!;
          pairs.push({ open: open.at, close: i, depth: k, continuations: open.continuations });
          stack.length = k;
          continue;
        }
        if (!opening) continue;
      }
      if (opening && ch in CLOSERS) {
        if (stack.length === MAX_OPEN) stack.shift();
        stack.push({ mark: ch, at: i, continuations: [] });
      }
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** Index in the stack of the innermost open mark `closer` closes, or -1. */
function matchingOpen(stack: readonly Open[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (CLOSERS[stack[k]!.mark]!.includes(closer)) return k;
  }
  return -1;
}

/** Offset of the paragraph's first character when it (after a dash and spaces) is a quotation mark, else -1. */
function firstMark(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (isSpace(text[i]) || '—–-'.includes(text[i]!))) i++;
  return i < end && (OPENING_ONLY.includes(text[i]!) || AMBIGUOUS.includes(text[i]!)) ? i : -1;
}
