/** Paragraph bounds: text between line breaks, trimmed of surrounding whitespace. */
import type { WorkingDocument } from '../document.js';

export interface Bounds {
  start: number;
  end: number;
}

/** The line breaks: `\n \r \u2028 \u2029 \v \f` and NEL (U+0085). */
const isLineBreak = (code: number): boolean =>
  code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;

/** JavaScript's `\s`, spelled out: a regex test per code unit is slow on a million short lines. */
export const isSpace = (code: number): boolean =>
  code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code >= 0xa0 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
        code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff);

/** The non-blank lines of `text`, each trimmed, in order. One pass over the code units. */
export function paragraphBounds(text: string): Bounds[] {
  const bounds: Bounds[] = [];
  const length = text.length;
  let position = 0;
  while (position < length) {
    let start = position;
    while (start < length && isSpace(text.charCodeAt(start)) && !isLineBreak(text.charCodeAt(start))) start++;
    let end = start;
    let last = start; // just past the last non-space code unit of the line
    while (end < length && !isLineBreak(text.charCodeAt(end))) {
      if (!isSpace(text.charCodeAt(end))) last = end + 1;
      end++;
    }
    if (last > start) bounds.push({ start, end: last });
    position = end + 1;
  }
  return bounds;
}

/** The paragraph stage: the document's paragraphs, their language not yet told (`und`). */
export function addParagraphs(document: WorkingDocument): void {
  const { text } = document;
  document.paragraphs = paragraphBounds(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end), language: 'und' }));
}
