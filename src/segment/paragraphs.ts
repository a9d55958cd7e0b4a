/** Paragraph bounds: text between line breaks, trimmed of surrounding whitespace. */

export interface Bounds {
  start: number;
  end: number;
}

const LINE = /[^\n\r\u2028\u2029\v\f\u0085]+/g;
const NON_SPACE = /\S/;

/** The non-blank lines of `text`, each trimmed, in order. */
export function paragraphBounds(text: string): Bounds[] {
  const bounds: Bounds[] = [];
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match; match = LINE.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && isSpace(text, start)) start++;
    while (end > start && isSpace(text, end - 1)) end--;
    if (start < end) bounds.push({ start, end });
  }
  return bounds;
}

const isSpace = (text: string, index: number): boolean => !NON_SPACE.test(text[index]!);
