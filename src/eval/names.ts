/**
 * Normal forms of person names on factRuEval-2016 (docs/evaluation.md, "Person names"): among the gold
 * person mentions that a predicted PER mention overlaps, the share whose predicted entity's name equals
 * the gold normalised name (the `.coref` attributes `firstname`, `patronymic`, `lastname`), whole and by part.
 */
import type { PersonName, RechDocument } from '../model.js';
import type { FactRuDocument } from './corpora.js';
import type { Share } from './quotes.js';

export const NAME_PARTS = ['first', 'middle', 'last'] as const;
export type NamePart = (typeof NAME_PARTS)[number];
/** The `.coref` attribute of each part. */
const GOLD_KEYS: Record<NamePart, string> = { first: 'firstname', middle: 'patronymic', last: 'lastname' };

/** A gold person name: the values of each part (several when the annotators gave variants). */
export type GoldName = Record<NamePart, string[]>;

/** A gold person mention whose predicted entity has another name. */
export interface NameError {
  doc: string;
  /** The mention's text. */
  text: string;
  gold: string;
  predicted: string;
}

export interface NameFigures {
  /** Gold person mentions with a name (first, patronymic or last name in the `.coref`). */
  gold: number;
  /** Of them, the share that a predicted PER mention overlaps: `agreed` of `total`. */
  found: Share;
  /** Among the found, the share whose predicted entity has every part right and none extra. */
  exact: Share;
  /** Among the found where the gold or the prediction gives the part, the share where both give the same. */
  parts: Record<NamePart, Share>;
  errors: NameError[];
}

type Bounds = { start: number; end: number };
const overlap = (a: Bounds, b: Bounds): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** Compared without case, ё as е, and without the dot of an initial (`Н.` is the gold's `Н`). */
const comparable = (value: string): string => value.toLowerCase().replaceAll('ё', 'е').replace(/\.$/, '');
const share = (agreed: number, total: number): Share => ({ agreed, total, share: total ? agreed / total : 0 });

/** The gold name of each person coref entity, by the id of each of its `Person` objects. */
export function goldPersonNames(doc: Pick<FactRuDocument, 'coref' | 'objects'>): Map<string, GoldName> {
  const persons = new Set(doc.objects.filter((object) => object.type === 'Person').map((object) => object.id));
  const names = new Map<string, GoldName>();
  for (const entity of doc.coref) {
    if (!entity.objects.some((id) => persons.has(id))) continue;
    const name = Object.fromEntries(
      NAME_PARTS.map((part) => [part, entity.attributes.filter(([key]) => key === GOLD_KEYS[part]).map(([, value]) => value)]),
    ) as GoldName;
    if (NAME_PARTS.every((part) => name[part].length === 0)) continue;
    for (const id of entity.objects) if (persons.has(id)) names.set(id, name);
  }
  return names;
}

const showGold = (name: GoldName): string => NAME_PARTS.map((part) => name[part].join('|')).filter(Boolean).join(' ');
const showPredicted = (name: PersonName): string => NAME_PARTS.map((part) => name[part] ?? '').filter(Boolean).join(' ');

/**
 * Scores the predicted person names of documents against the gold. Each gold `Person` object is one
 * mention, spanning its first to its last span; the predicted PER mention that overlaps it most stands for it.
 */
export function scoreNames(cases: readonly { gold: FactRuDocument; predicted: Pick<RechDocument, 'entities'> }[]): NameFigures {
  let gold = 0;
  let found = 0;
  let exact = 0;
  const parts = { first: { agreed: 0, total: 0 }, middle: { agreed: 0, total: 0 }, last: { agreed: 0, total: 0 } };
  const errors: NameError[] = [];
  for (const { gold: doc, predicted } of cases) {
    const names = goldPersonNames(doc);
    const mentions = predicted.entities.filter((entity) => entity.type === 'PER').flatMap((entity) => entity.mentions);
    for (const object of doc.objects) {
      const name = names.get(object.id);
      if (name === undefined || object.spans.length === 0) continue;
      gold++;
      const span = { start: Math.min(...object.spans.map((s) => s.start)), end: Math.max(...object.spans.map((s) => s.end)) };
      let best: (typeof mentions)[number] | undefined;
      for (const mention of mentions) if (overlap(mention, span) > (best ? overlap(best, span) : 0)) best = mention;
      if (best === undefined) continue;
      found++;
      const entity = predicted.entities[best.entity]!;
      const predictedName = entity.parts ?? {};
      let allRight = true;
      for (const part of NAME_PARTS) {
        const value = predictedName[part];
        const right = value === undefined ? name[part].length === 0 : name[part].some((g) => comparable(g) === comparable(value));
        if (value !== undefined || name[part].length > 0) {
          parts[part].total++;
          if (right) parts[part].agreed++;
        }
        allRight &&= right;
      }
      if (allRight) exact++;
      else errors.push({ doc: doc.id, text: doc.text.slice(span.start, span.end), gold: showGold(name), predicted: showPredicted(predictedName) || entity.name });
    }
  }
  return {
    gold,
    found: share(found, gold),
    exact: share(exact, found),
    parts: { first: share(parts.first.agreed, parts.first.total), middle: share(parts.middle.agreed, parts.middle.total), last: share(parts.last.agreed, parts.last.total) },
    errors,
  };
}
