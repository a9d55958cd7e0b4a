/**
 * Messages between analyzeMany's pool (analyze-many.ts) and its worker threads (worker.ts).
 *
 * A document is mostly tokens, and copying a million small objects between
 * threads costs the receiving thread about as much as making them. So the
 * worker sends each layer of spans as typed arrays of offsets (moved, not
 * copied) and the receiver rebuilds the spans, slicing their texts from its
 * own copy of the text. A layer whose spans carry fields beyond `start`,
 * `end`, `text` and one string field (added by a later stage) is sent as it is.
 */
import type { AnalyzeOptions } from '../analyze.js';
import type { RechDocument, Span } from '../model.js';

/** What a worker is started with. */
export interface WorkerData {
  options: AnalyzeOptions;
}

/** One text to analyse; `id` comes back with the answer. */
export interface Job {
  id: number;
  text: string;
}

/** An error as it crosses the thread boundary: its class name and message. */
export interface SerializedError {
  name: string;
  message: string;
}

/** A worker's answer to a {@link Job}. */
export type Answer = { id: number; document: PackedDocument } | { id: number; error: SerializedError };

/** What a worker says once it has loaded, before any job: a worker that dies before saying it could not start. */
export interface Ready {
  ready: true;
}

/** Spans as offsets, `[start0, end0, start1, end1, …]`, with their one string field dictionary-coded. */
interface PackedLayer {
  packed: true;
  bounds: Int32Array;
  field: string | null;
  codes: Uint32Array;
  names: string[];
}

type Layer = PackedLayer | Span[];

/** The layers that are packed, each with its string field. */
const LAYERS = { paragraphs: 'language', sentences: null, tokens: 'kind' } as const;
type LayerName = keyof typeof LAYERS;

/** The document's fields in their order, with `text` left out (`null`) and the layers packed. */
export type PackedDocument = Record<string, unknown>;

const isLayer = (key: string): key is LayerName => Object.hasOwn(LAYERS, key);

/** The document without its text (the receiver has it) and with its layers packed; `transfer` lists the buffers to move. */
export function packDocument(document: RechDocument, transfer: ArrayBuffer[]): PackedDocument {
  const packed: PackedDocument = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === 'text') packed[key] = null;
    else if (!isLayer(key)) packed[key] = value;
    else {
      const layer = packLayer(value as Span[], LAYERS[key]);
      if (!Array.isArray(layer)) transfer.push(layer.bounds.buffer as ArrayBuffer, layer.codes.buffer as ArrayBuffer);
      packed[key] = layer;
    }
  }
  return packed;
}

/** The document again, fields in the same order (JSON output is the same), every span's text sliced from `text`. */
export function unpackDocument(text: string, packed: PackedDocument): RechDocument {
  const document: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed)) {
    document[key] = key === 'text' ? text : isLayer(key) ? unpackLayer(text, value as Layer) : value;
  }
  return document as unknown as RechDocument;
}

function packLayer(spans: Span[], field: string | null): Layer {
  const keys = field ? 4 : 3;
  const bounds = new Int32Array(2 * spans.length);
  const codes = new Uint32Array(field ? spans.length : 0);
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    let count = 0;
    for (const _key in span) count++;
    const value = field ? (span as unknown as Record<string, unknown>)[field] : undefined;
    if (count !== keys || (field && typeof value !== 'string')) return spans;
    bounds[2 * i] = span.start;
    bounds[2 * i + 1] = span.end;
    if (field) {
      let code = codeOf.get(value as string);
      if (code === undefined) {
        codeOf.set(value as string, (code = names.length));
        names.push(value as string);
      }
      codes[i] = code;
    }
  }
  return { packed: true, bounds, field, codes, names };
}

function unpackLayer(text: string, layer: Layer): Span[] {
  if (Array.isArray(layer)) return layer;
  const { bounds, field, codes, names } = layer;
  const spans: Span[] = new Array(bounds.length / 2);
  for (let i = 0; i < spans.length; i++) {
    const start = bounds[2 * i]!;
    const end = bounds[2 * i + 1]!;
    // In the model's field order, so that JSON output matches `analyze`'s.
    spans[i] = field ? ({ start, end, text: text.slice(start, end), [field]: names[codes[i]!] } as Span) : { start, end, text: text.slice(start, end) };
  }
  return spans;
}

export function serializeError(error: unknown): SerializedError {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** The error again, of the same standard class when it is one (`TypeError`, `RangeError`), else `Error`. */
export function deserializeError({ name, message }: SerializedError): Error {
  const Class = name === 'TypeError' ? TypeError : name === 'RangeError' ? RangeError : Error;
  const error = new Class(message);
  if (error.name !== name) error.name = name;
  return error;
}
