import type { Quote, RechDocument } from '../model.js';
import { describe } from '../errors.js';
import { isSpace } from '../segment/paragraphs.js';
import { codePointLength, collectMarks, expectDocument, expectOptions, mentionForms, oneLine, quotationMarks, quoteNumbers, truncate, type Mark } from './marked-spans.js';

/**
 * Options for {@link renderText}.
 *
 * @example
 * ```ts
 * import { analyze, renderText } from 'rech';
 * renderText(await analyze('Посол заявил.'), { width: 60 });
 * ```
 *
 * @group Rendering
 */
export interface RenderTextOptions {
  /** The longest text line, in code points (default 80); `Infinity` keeps each paragraph on one line. */
  width?: number;
}

/** The fill character of each kind of mark. */
const FILL: Record<Mark['layer'], string> = { entity: '~', content: '"', cue: '^', speaker: '=' };
const PREFIX: Record<Mark['layer'], string> = { entity: '', content: 'Q', cue: 'C', speaker: 'S' };

/** A mark's label: the entity type, or Q, C or S with the numbers (from 1) of the quotes it belongs to. */
const labelOf = (mark: Mark): string => mark.mention?.type ?? `${PREFIX[mark.layer]}${quoteNumbers(mark.quotes)}`;

/** Whitespace a line may break at: any but the no-break spaces (U+00A0, U+2007, U+202F, U+FEFF). */
const breaks = (code: number): boolean => isSpace(code) && code !== 0xa0 && code !== 0x2007 && code !== 0x202f && code !== 0xfeff;

/**
 * `[start, end)` cut into lines of at most `width` code points, broken at
 * whitespace (dropped at the break); a word longer than `width` is cut.
 */
function wrap(text: string, start: number, end: number, width: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let lineStart = -1;
  let lineEnd = -1;
  let lineColumns = 0;
  let i = start;
  while (i < end) {
    const gapStart = i;
    while (i < end && breaks(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const gap = i - gapStart; // whitespace is one code unit a character
    const wordStart = i;
    let columns = 0;
    for (; i < end && !breaks(text.charCodeAt(i)); columns++) i += codePointLength(text, i);
    if (lineStart >= 0 && lineColumns + gap + columns <= width) {
      lineEnd = i;
      lineColumns += gap + columns;
      continue;
    }
    if (lineStart >= 0) lines.push([lineStart, lineEnd]);
    lineStart = wordStart;
    lineColumns = 0;
    for (let j = wordStart; j < i; j += codePointLength(text, j), lineColumns++) {
      if (lineColumns === width) {
        lines.push([lineStart, j]);
        lineStart = j;
        lineColumns = 0;
      }
    }
    lineEnd = i;
  }
  if (lineStart >= 0) lines.push([lineStart, lineEnd]);
  return lines;
}

/** A marker row being filled: its characters, one a column. */
type Row = string[];

/**
 * Places a mark's piece on the first row with room from `column` on (its label
 * may run past a span shorter than itself) and draws it: the label, then the
 * fill character to the span's end.
 */
function place(rows: Row[], column: number, span: number, label: string, fill: string): void {
  const width = Math.max(span, label.length);
  let row = rows.find((cells) => cells.length <= column);
  if (row === undefined) rows.push((row = []));
  while (row.length < column) row.push(' ');
  for (let i = 0; i < width; i++) row.push(label[i] ?? fill);
}

const TAB = 0x09;

/**
 * The rows of marks under one line `[start, end)`: entity rows first, then
 * quote rows. A tab of the text stays a tab in every row, so the columns line
 * up at any tab stops.
 */
function markerRows(text: string, start: number, end: number, pieces: readonly Mark[]): string[] {
  // The column of each offset of the line, counted in code points.
  const columns = new Int32Array(end - start + 1);
  // The columns of the line's tabs, found in the same pass (a search for the next tab could run past the line to the text's end).
  const tabs: number[] = [];
  let column = 0;
  for (let i = start; i < end; column++) {
    if (text.charCodeAt(i) === TAB) tabs.push(column);
    const length = codePointLength(text, i);
    columns.fill(column, i - start, i - start + length);
    i += length;
  }
  columns[end - start] = column;
  const entityRows: Row[] = [];
  const quoteRows: Row[] = [];
  for (const mark of pieces) {
    const from = columns[Math.max(mark.start, start) - start]!;
    const to = columns[Math.min(mark.end, end) - start]!;
    place(mark.mention ? entityRows : quoteRows, from, to - from, labelOf(mark), FILL[mark.layer]);
  }
  return [...entityRows, ...quoteRows].map((cells) => {
    for (const tab of tabs) if (tab < cells.length) cells[tab] = '\t';
    return cells.join('').trimEnd();
  });
}

/** The speaker of a quote in the list: its label in the marker rows, the phrase and the name it resolves to. */
function speakerLine(quote: Quote, label: string | undefined): string {
  if (quote.speaker === null) return 'no speaker';
  const phrase = `${label ?? 'S'} ${quote.speaker.text}`;
  if (quote.speaker.name === null) return `${phrase} (not named)`;
  return quote.speaker.name === quote.speaker.text ? phrase : `${phrase} → ${quote.speaker.name}`;
}

/** The list of entities and quotes after the text. */
function legend(document: RechDocument, marks: readonly Mark[], width: number): string[] {
  const lines: string[] = [];
  if (document.entities.length > 0) {
    lines.push('Entities:');
    for (const entity of document.entities) {
      const forms = mentionForms(entity.mentions).filter((form) => form !== entity.name);
      const count = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`;
      lines.push(`  ${entity.type} ${entity.name} (${count}${forms.length > 0 ? `: ${forms.join(', ')}` : ''})`);
    }
  }
  if (document.quotes.length > 0) {
    // The label each quote's speaker carries in the marker rows (S1,2 for a speaker shared by quotes 1 and 2).
    const speakers: string[] = [];
    for (const mark of marks) if (mark.layer === 'speaker') for (const quote of mark.quotes) speakers[quote] = labelOf(mark);
    const [open, close] = quotationMarks(document.language);
    lines.push('Quotes:');
    document.quotes.forEach((quote, i) => {
      const cue = quote.cue === null ? 'no cue' : quote.cue.lemma === quote.cue.text ? `cue ${quote.cue.text}` : `cue ${quote.cue.text} → ${quote.cue.lemma}`;
      lines.push(`  Q${i + 1} ${quote.kind}, ${speakerLine(quote, speakers[i])}, ${cue}`);
      lines.push(`     ${open}${truncate(quote.content.map((piece) => piece.text).join(' … '), Math.max(20, width - 7))}${close}`);
    });
  }
  if (marks.length > 0) lines.push(`Marks: ~ entity (PER, LOC, ORG), " quote content (Qn), ^ cue (Cn), = speaker (Sn)`);
  return lines;
}

/**
 * The document as plain text for a terminal: each paragraph wrapped to
 * `width`, every line followed by rows of ASCII marks under the spans on it,
 * then a list of the entities and quotes.
 *
 * The text lines are the text itself (lines break at whitespace, which is
 * dropped at the break; a word longer than the width is cut). Under a line,
 * each span on it is drawn from its first column to its last: an entity as its
 * type and `~` (`PER~~~~~~~~~~`), a quote's content as `Q1` and `"`, its cue as
 * `C1` and `^`, its speaker as `S1` and `=` (`S1,2` when quotes 1 and 2 share
 * it, `S1-3` for quotes 1 to 3). A label longer than its span runs past it.
 * Spans that overlap go on separate rows, entity rows first; a span cut by a
 * line break is drawn on both lines. The list after the text gives each entity's type, canonical
 * name, mention count and other forms, and each quote's kind, speaker phrase
 * and resolved name, cue and lemma, and content (cut to the width).
 *
 * Columns are code points, so the marks line up in a terminal for text with
 * one column a character (not for wide CJK characters or emoji); a tab in the
 * text stays a tab in the marker rows. Any other control character or line separator (U+0000–U+001F,
 * U+007F–U+009F, U+2028, U+2029), in the text or in a field of a hand-built document, is printed as
 * U+FFFD, so that each line stays one line and no escape sequence reaches a terminal.
 *
 * @param document - A document from {@link analyze}.
 * @param options - See {@link RenderTextOptions}.
 * @returns The text, ending with `'\n'`; the empty string for an empty document.
 * @throws TypeError when `document` is not a document or `options` has an unknown key.
 * @throws RangeError when `options.width` is not a positive integer or `Infinity`.
 *
 * @example
 * ```ts
 * import { analyze, renderText } from 'rech';
 * const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
 * console.log(renderText(doc));
 * // Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».
 * //       LOC~~~~~~~~~ PER~~~~~~~~~~
 * // S1============================== C1^^^^   Q1""""""""""""""""
 * //
 * // Entities:
 * //   LOC Азербайджан (1 mention: Азербайджана)
 * //   PER Рашад Мамедов (1 mention)
 * // Quotes:
 * //   Q1 direct, S1 Посол Азербайджана Рашад Мамедов → Рашад Мамедов, cue заявил → заявить
 * //      «Мы не хотели войны»
 * // Marks: ~ entity (PER, LOC, ORG), " quote content (Qn), ^ cue (Cn), = speaker (Sn)
 * ```
 *
 * @group Rendering
 */
export function renderText(document: RechDocument, options: RenderTextOptions = {}): string {
  expectDocument(document);
  expectOptions(options, ['width']);
  const { width = 80 } = options;
  if (typeof width !== 'number' || !(width === Infinity || (Number.isInteger(width) && width >= 1))) {
    throw new RangeError(`rech: \`options.width\` must be a positive integer or Infinity, got ${describe(width)}`);
  }
  const { text } = document;
  const marks = collectMarks(document);
  const out: string[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (const paragraph of document.paragraphs) {
    if (out.length > 0) out.push('');
    for (const [start, end] of wrap(text, paragraph.start, paragraph.end, width)) {
      active = active.filter((mark) => mark.end > start);
      for (; next < marks.length && marks[next]!.start < end; next++) if (marks[next]!.end > start) active.push(marks[next]!);
      out.push(text.slice(start, end), ...markerRows(text, start, end, active));
    }
  }
  const list = legend(document, marks, width);
  if (list.length > 0) out.push('', ...list);
  // A control character prints as U+FFFD: no field of a hand-built document breaks a line or sends a terminal an escape sequence.
  return out.map((line) => `${oneLine(line)}\n`).join('');
}
