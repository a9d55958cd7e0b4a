import type { Span } from './model.js';
import { describe } from './errors.js';

/**
 * The spans of a sorted, non-overlapping layer that lie inside `container`:
 * the tokens of a sentence, the sentences of a paragraph. Found by binary
 * search, so asking for every sentence's tokens stays linear overall.
 *
 * @param spans - A layer of the document, sorted by `start` (as every layer is).
 * @param container - Any span, such as a sentence or a paragraph.
 * @returns A new array of the spans with `container.start <= start` and `end <= container.end`, in order.
 * @throws TypeError when `spans` is not an array or `container` has no numeric `start` and `end`.
 * @throws RangeError when `container.start` or `container.end` is not finite, or `start` > `end`.
 *
 * @example
 * ```ts
 * import { analyze, within } from 'rech';
 * const doc = await analyze('Есть жертвы. Посол заявил об этом.');
 * within(doc.tokens, doc.sentences[1]!).map((t) => t.text);
 * // [ 'Посол', 'заявил', 'об', 'этом', '.' ]
 * ```
 *
 * @group Model
 */
export function within<T extends Span>(spans: readonly T[], container: Span): T[] {
  if (!Array.isArray(spans)) throw new TypeError(`rech: \`spans\` must be an array of spans, got ${describe(spans)}`);
  if (typeof container?.start !== 'number' || typeof container?.end !== 'number') {
    throw new TypeError(`rech: \`container\` must be a span with numeric \`start\` and \`end\`, got ${describe(container)}`);
  }
  if (!(Number.isFinite(container.start) && Number.isFinite(container.end) && container.start <= container.end)) {
    throw new RangeError(`rech: \`container\` must have finite \`start\` ≤ \`end\`, got start ${container.start} and end ${container.end}`);
  }
  const low = partitionPoint(spans, (span) => span.start < container.start);
  const inside: T[] = [];
  for (let i = low; i < spans.length && spans[i]!.start < container.end; i++) {
    if (spans[i]!.end <= container.end) inside.push(spans[i]!);
  }
  return inside;
}

/**
 * @internal The index of the first item of `list`, from `from` on, for which `before` is false,
 * where `before` holds for a prefix of the list (one binary search): the first token starting
 * at an offset is `partitionPoint(tokens, (t) => t.start < offset)`.
 */
export function partitionPoint<T>(list: readonly T[], before: (item: T) => boolean, from = 0): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(list[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** @internal Whether two spans share a code unit (`end` exclusive, as every span's). */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
