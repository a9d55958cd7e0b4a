import type { RechDocument } from '../model.js';
import { isSpace } from '../segment/paragraphs.js';
import { codePointOffsets, collectMarks, expectDocument, label, type Mark } from './marked-spans.js';

/**
 * The brat `annotation.conf` that declares what {@link renderBrat} writes: put
 * it in the collection's directory, beside the `.txt` and `.ann` files, to
 * open them in brat.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { BRAT_CONFIG } from 'rech';
 * writeFileSync('collection/annotation.conf', BRAT_CONFIG);
 * ```
 *
 * @group Rendering
 */
export const BRAT_CONFIG = `[entities]
PER
LOC
ORG
Quote
Cue
Speaker

[relations]
Speaker\tArg1:Speaker, Arg2:Quote
Cue\tArg1:Cue, Arg2:Quote
Equiv\tArg1:PER|LOC|ORG, Arg2:PER|LOC|ORG, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
Kind\tArg:Quote, Value:direct|indirect
`;

/** A control character (C0, DEL, C1) or a line separator: no fragment holds one, so that each `.ann` line stays one line with its columns. */
const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/**
 * The fragments of a span for brat, in UTF-16 offsets: the span cut at every
 * whitespace character other than a plain space (line breaks, which brat
 * forbids inside a fragment, and tabs, which would break the `.ann` columns)
 * and at every control character, each trimmed. Linear in the span's length.
 */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = -1; // start of the current fragment
  let last = -1; // just past its last non-space code unit
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && !isControl(code)) {
      if (from < 0) from = i;
      last = i + 1;
    } else if (code !== 0x20 && from >= 0) {
      pieces.push([from, last]);
      from = -1;
    }
  }
  if (from >= 0) pieces.push([from, last]);
  return pieces;
}

/** One-line text for a note: any run of whitespace or control characters becomes a space. */
const oneLine = (text: unknown): string => String(text).replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

/**
 * The document's entities and quotes as a brat standoff annotation (`.ann`)
 * file, for the document's text saved as the `.txt` file beside it (exactly
 * `document.text`, in UTF-8). Declare the types with {@link BRAT_CONFIG}.
 *
 * - Each entity mention is a text-bound annotation of type `PER`, `LOC` or
 *   `ORG` (`T1\tPER 12 25\tРашад Мамедов`), with its normal form as a note
 *   (`#1\tAnnotatorNotes T1\tРашад Мамедов`); the mentions of an entity with
 *   several are grouped by an `Equiv` line (`*\tEquiv T1 T4`).
 * - Each quote's content is one `Quote` annotation (several pieces: one
 *   discontinuous annotation, `T5\tQuote 30 48;60 75\t…`) with its kind as the
 *   attribute `Kind` (`A1\tKind T5 direct` or `indirect`).
 * - Its cue is a `Cue` annotation with the lemma as a note, its speaker a
 *   `Speaker` annotation with the resolved name as a note (none when the name
 *   is `null`), tied to the quote by the relations `R1\tSpeaker Arg1:T7 Arg2:T5`
 *   and `R2\tCue Arg1:T6 Arg2:T5`. A speaker or cue shared by several quotes
 *   is one annotation with a relation to each; a speaker that is also an entity
 *   mention is a `Speaker` annotation of its own over the same text.
 *
 * Each line keeps its columns whatever a hand-built document holds: fragments are also cut at
 * control characters (U+0000–U+001F, U+007F–U+009F, U+2028, U+2029), notes have them as spaces,
 * and an entity type or quote kind is written with letters, digits, `_` and `-` only.
 *
 * Offsets are counted in Unicode code points, as brat counts them, not in
 * UTF-16 code units like rech's spans (they differ after an emoji or another
 * character outside the Basic Multilingual Plane). A span is cut into
 * fragments at line breaks and tabs (brat allows neither inside a fragment);
 * the third column is the text of the fragments joined by a space, which for
 * a span within one line is the span's text exactly.
 *
 * @param document - A document from {@link analyze}.
 * @returns The `.ann` content: one annotation a line, each ending with `'\n'`; empty when there is nothing to annotate.
 * @throws TypeError when `document` is not a document.
 *
 * @example
 * ```ts
 * import { analyze, renderBrat } from 'rech';
 * const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
 * renderBrat(doc).split('\n').slice(0, 4);
 * // [ 'T1\tLOC 6 18\tАзербайджана', '#1\tAnnotatorNotes T1\tАзербайджан',
 * //   'T2\tPER 19 32\tРашад Мамедов', '#2\tAnnotatorNotes T2\tРашад Мамедов' ]
 * ```
 *
 * @group Rendering
 */
export function renderBrat(document: RechDocument): string {
  expectDocument(document);
  const { text } = document;
  const points = codePointOffsets(text);
  const lines: string[] = [];
  const counts = { T: 0, '#': 0, A: 0, R: 0 };
  /** Writes a text-bound annotation over `pieces` (and its note) and returns its id; `undefined` when there are no pieces. */
  const annotate = (type: string, pieces: ReadonlyArray<[number, number]>, note: string | null | undefined): string | undefined => {
    if (pieces.length === 0) return undefined;
    const id = `T${++counts.T}`;
    const offsets = pieces.map(([start, end]) => `${points[start]} ${points[end]}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${pieces.map(([start, end]) => text.slice(start, end)).join(' ')}`);
    if (note && oneLine(note) !== '') lines.push(`#${++counts['#']}\tAnnotatorNotes ${id}\t${oneLine(note)}`);
    return id;
  };
  const ids = new Map<Mark, string | undefined>();
  /** The id of a cue or speaker mark, annotated the first time a quote refers to it. */
  const annotateOnce = (mark: Mark | undefined, type: string, note: string | null | undefined): string | undefined => {
    if (mark === undefined) return undefined;
    if (!ids.has(mark)) ids.set(mark, annotate(type, fragments(text, mark.start, mark.end), note));
    return ids.get(mark);
  };
  const marks = collectMarks(document);
  const mentionsOf = new Map<number, string[]>();
  const quoteParts = document.quotes.map(() => ({ content: [] as Mark[], cue: undefined as Mark | undefined, speaker: undefined as Mark | undefined }));
  for (const mark of marks) {
    if (mark.mention) {
      const id = annotate(label(mark.mention.type), fragments(text, mark.start, mark.end), mark.mention.normal);
      const group = mentionsOf.get(mark.mention.entity);
      if (id === undefined) continue;
      if (group) group.push(id);
      else mentionsOf.set(mark.mention.entity, [id]);
    }
    for (const quote of mark.quotes) {
      const parts = quoteParts[quote]!;
      if (mark.layer === 'content') parts.content.push(mark);
      else parts[mark.layer as 'cue' | 'speaker'] = mark;
    }
  }
  for (const group of mentionsOf.values()) if (group.length > 1) lines.push(`*\tEquiv ${group.join(' ')}`);
  document.quotes.forEach((quote, i) => {
    const parts = quoteParts[i]!;
    const id = annotate('Quote', parts.content.flatMap((piece) => fragments(text, piece.start, piece.end)), null);
    if (id === undefined) return;
    lines.push(`A${++counts.A}\tKind ${id} ${label(quote.kind)}`);
    const speaker = annotateOnce(parts.speaker, 'Speaker', quote.speaker?.name);
    const cue = annotateOnce(parts.cue, 'Cue', quote.cue?.lemma);
    if (speaker) lines.push(`R${++counts.R}\tSpeaker Arg1:${speaker} Arg2:${id}`);
    if (cue) lines.push(`R${++counts.R}\tCue Arg1:${cue} Arg2:${id}`);
  });
  return lines.map((line) => `${line}\n`).join('');
}
