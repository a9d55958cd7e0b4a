/**
 * Web addresses, e-mail addresses, hashtags and @-handles: tokens that the
 * atom-and-rule tokenizer would otherwise cut at every dot and slash.
 * Every scan here moves forward only, so the work is linear in the text.
 */

export type SpecialKind = 'url' | 'email' | 'hashtag' | 'mention';

export interface SpecialSpan {
  kind: SpecialKind;
  start: number;
  end: number;
}

const TRIGGER = /(?:https?|ftp):\/\/|www\.|[@#]/gi;
// NEL (U+0085) breaks lines (see paragraphs.ts) though `\s` leaves it out: an address must not run across it.
const URL_CHAR = /[^\s\u0085<>«»"“”„‘’'`^{}|\\]/uy;
const URL_TRAILING = /[.,;:!?…)\]-]/;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN = /(?:[\p{L}\p{Nd}](?:[\p{L}\p{Nd}-]*[\p{L}\p{Nd}])?\.)+\p{L}{2,}/uy;
const HANDLE = /[\p{L}\p{Nd}_]+/uy;
const WORD_CHAR = /[\p{L}\p{Nd}_]/u;
// A tag or handle starts a word: after a space or an opening bracket or quote, not inside `&#60;` or `пид@@ть`.
const HANDLE_BEFORE = /[\s([{«"“„']/;

/** Finds the special spans of `text`, sorted and not overlapping. */
export function findSpecialSpans(text: string): SpecialSpan[] {
  const spans: SpecialSpan[] = [];
  let lastEnd = 0;
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match; match = TRIGGER.exec(text)) {
    const at = match.index;
    const before = at > 0 ? text[at - 1]! : ' ';
    const trigger = match[0];
    let span: SpecialSpan | undefined;
    if (trigger === '@') span = email(text, at, lastEnd) ?? handle(text, at, 'mention', before);
    else if (trigger === '#') span = handle(text, at, 'hashtag', before);
    else if (!WORD_CHAR.test(before)) span = url(text, at);
    if (span) {
      spans.push(span);
      lastEnd = span.end;
      TRIGGER.lastIndex = span.end;
    }
  }
  return spans;
}

function url(text: string, start: number): SpecialSpan | undefined {
  let end = start;
  URL_CHAR.lastIndex = end;
  while (end < text.length && URL_CHAR.test(text)) {
    end = URL_CHAR.lastIndex;
  }
  // Closing punctuation belongs to the sentence, unless the address opened a bracket itself.
  // Where the first brackets open is looked up once: a lookup per trailing mark is quadratic on `x))))…`.
  const address = text.slice(start, end);
  const paren = address.indexOf('(');
  const bracket = address.indexOf('[');
  while (end > start && URL_TRAILING.test(text[end - 1]!)) {
    const last = text[end - 1]!;
    const opening = last === ')' ? paren : last === ']' ? bracket : -1;
    if (opening >= 0 && start + opening < end - 1) break;
    end--;
  }
  // `www.` or `http://` alone is not an address.
  const body = text.slice(start, end).replace(/^(?:(?:https?|ftp):\/\/)?(?:www\.)?/i, '');
  return body.length > 0 && /[\p{L}\p{Nd}]/u.test(body) ? { kind: 'url', start, end } : undefined;
}

function email(text: string, at: number, lastEnd: number): SpecialSpan | undefined {
  let start = at;
  while (start > lastEnd && LOCAL_CHAR.test(text[start - 1]!)) start--;
  while (start < at && text[start] === '.') start++;
  if (start === at) return undefined;
  if (start > 0 && WORD_CHAR.test(text[start - 1]!)) return undefined;
  DOMAIN.lastIndex = at + 1;
  if (!DOMAIN.test(text)) return undefined;
  return { kind: 'email', start, end: DOMAIN.lastIndex };
}

function handle(text: string, at: number, kind: SpecialKind, before: string): SpecialSpan | undefined {
  if (!HANDLE_BEFORE.test(before)) return undefined;
  HANDLE.lastIndex = at + 1;
  if (!HANDLE.test(text)) return undefined;
  // A hashtag starts with a letter (`#1` is a number sign).
  if (!/\p{L}/u.test(text[at + 1]!)) return undefined;
  return { kind, start: at, end: HANDLE.lastIndex };
}
