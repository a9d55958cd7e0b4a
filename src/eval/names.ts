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

/**
 * A gold person name: per part, the values that count as right (several when the annotators gave variants),
 * and whether leaving the part out is right too.
 */
export type GoldName = Record<NamePart, { values: string[]; optional: boolean }>;

export interface NameError {
  doc: string;
  /** The mention's text. */
  text: string;
  gold: string;
  predicted: string;
  /** What is wrong, part by part (`first: gender`, `last: slot`; see {@link NAME_ERROR_KINDS}). */
  kinds: string[];
}

/**
 * The kinds of a wrong name part, told apart without reading the text, so that a held-back half can be counted by kind:
 * `missing` (the gold gives the part, the prediction not), `extra` (the other way round), `slot` (the value is the gold's
 * of another part), `gender` (the gold ends in -а/-я, the prediction has a man's shape: a woman's name made a man's), `ending` (the
 * same stem, another ending: a case or a spelling), `other`.
 */
export const NAME_ERROR_KINDS = ['missing', 'extra', 'slot', 'gender', 'ending', 'other'] as const;
export type NameErrorKind = (typeof NAME_ERROR_KINDS)[number];

/** The length of the common beginning of two strings. */
export function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The kind of a wrong part: `value` predicted (or undefined) against the gold name's part (see {@link NAME_ERROR_KINDS}). */
export function namePartErrorKind(name: GoldName, part: NamePart, value: string | undefined): NameErrorKind {
  const gold = name[part].values.map(comparable);
  if (value === undefined) return 'missing';
  if (gold.length === 0) {
    const elsewhere = NAME_PARTS.some((other) => other !== part && name[other].values.some((g) => comparable(g) === comparable(value)));
    return elsewhere ? 'slot' : 'extra';
  }
  const predicted = comparable(value);
  if (NAME_PARTS.some((other) => other !== part && name[other].values.some((g) => comparable(g) === predicted))) return 'slot';
  const first = gold[0]!;
  const shared = commonStart(first, predicted);
  if (shared < 3 || shared < Math.min(first.length, predicted.length) - 3) return 'other';
  // A man's nominative shape where the gold is a woman's: a consonant or `-ий`, `-ый` (`Дарий`, `Волков`), not `Волковой`.
  return /[ая]$/.test(first) && /(?:[^аеёиоуыэюяй]|[иы]й)$/.test(predicted) ? 'gender' : 'ending';
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

/**
 * The gold name of a `.coref` entity's attributes. Besides `firstname`, `patronymic` and `lastname`, the
 * annotators give further given names as `firstname1`, `firstname2` (`Реджеп` `Тайип` `Эрдоган`) and a
 * second surname as `lastname1` (`Саишвили` `Чантурия`): a name of three parts has no other slot for a
 * second given name than the middle one, so it is right there, and so is its absence; a double surname is
 * right whole (`Саишвили-Чантурия`) or by its first surname.
 */
export function goldName(attributes: readonly (readonly [string, string])[]): GoldName | undefined {
  const values = (key: string): string[] => attributes.filter(([k]) => k === key).map(([, value]) => value);
  const numbered = (key: string): string[] => attributes.filter(([k]) => new RegExp(`^${key}\\d+$`).test(k)).map(([, value]) => value);
  const firsts = values('firstname');
  const patronymics = values('patronymic');
  const lasts = values('lastname');
  const moreFirsts = numbered('firstname');
  const moreLasts = numbered('lastname');
  if (firsts.length + patronymics.length + lasts.length === 0) return undefined;
  const joined = (heads: string[], tails: string[], separator: string): string[] =>
    tails.length === 0 ? [] : heads.map((head) => [head, ...tails].join(separator));
  return {
    first: { values: [...firsts, ...joined(firsts, moreFirsts, ' ')], optional: firsts.length === 0 },
    middle: patronymics.length > 0 ? { values: patronymics, optional: false } : { values: moreFirsts, optional: true },
    last: { values: [...lasts, ...joined(lasts, moreLasts, '-'), ...joined(lasts, moreLasts, ' ')], optional: lasts.length === 0 },
  };
}

/** The gold name of each person coref entity, by the id of each of its `Person` objects. */
export function goldPersonNames(doc: Pick<FactRuDocument, 'coref' | 'objects'>): Map<string, GoldName> {
  const persons = new Set(doc.objects.filter((object) => object.type === 'Person').map((object) => object.id));
  const names = new Map<string, GoldName>();
  for (const entity of doc.coref) {
    if (!entity.objects.some((id) => persons.has(id))) continue;
    const name = goldName(entity.attributes);
    if (name === undefined) continue;
    for (const id of entity.objects) if (persons.has(id)) names.set(id, name);
  }
  return names;
}

/** A name part by part, `–` for a missing one, so that a part in the wrong slot shows (`– · – · Гор`). */
const showGold = (name: GoldName): string => NAME_PARTS.map((part) => name[part].values.join('|') || '–').join(' · ');
const showPredicted = (name: PersonName): string => NAME_PARTS.map((part) => name[part] ?? '–').join(' · ');

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
      const kinds: string[] = [];
      for (const part of NAME_PARTS) {
        const value = predictedName[part];
        const gold = name[part];
        const right = value === undefined ? gold.optional || gold.values.length === 0 : gold.values.some((g) => comparable(g) === comparable(value));
        if (value !== undefined || !gold.optional) {
          parts[part].total++;
          if (right) parts[part].agreed++;
        }
        if (!right) kinds.push(`${part}: ${namePartErrorKind(name, part, value)}`);
      }
      if (kinds.length === 0) exact++;
      else errors.push({ doc: doc.id, text: doc.text.slice(span.start, span.end), gold: showGold(name), predicted: entity.parts ? showPredicted(predictedName) : entity.name, kinds });
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
