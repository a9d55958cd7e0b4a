/**
 * Occupation facts on factRuEval-2016 (docs/evaluation.md, "Occupation"): the predicted roles
 * (`doc.roles`) against the `.facts` Occupation facts, by a simple matching that needs no python:
 * a role matches a fact when its person is the fact's `Who`, its title overlaps a `Position` span,
 * and its `of` is the fact's `Where` (or both are absent). Facts the annotators marked difficult
 * (`Сложность`) are left out, as the official regular mode does: a role that matches one counts neither way.
 * Only roles that name where the post is held (an entity, or a place adjective: `российский президент`) are scored: factRuEval annotates an Occupation with its
 * place of work (210 of the 211 development facts have a `Where`), so `президент Ильхам Алиев` alone is none.
 */
import type { Entity } from '../model.js';
import type { FactRuDocument, FactRuFact } from './corpora.js';
import { score, type Score } from './segmentation.js';
import { overlaps } from '../spans.js';

type Bounds = { start: number; end: number };

/** A predicted role, as the scorer reads it (the shape of the model's `Role`). */
export interface PredictedRole {
  person: number;
  title: Bounds & { text: string };
  of: number | null;
  /** A place named by an adjective only (`российский президент`), when no entity is that place. */
  place?: Bounds & { name: string };
}

/** A gold Occupation fact as bounds: the spans of its person's mentions, of its positions, of its place of work. */
export interface GoldOccupation {
  id: string;
  who: Bounds[];
  positions: Bounds[];
  /** `null` when the fact gives no `Where`. */
  where: Bounds[] | null;
  difficult: boolean;
  /** `Who … / Position … / Where …` as the file gives them, for reading errors. */
  text: string;
}

/** A gold fact not matched, or a predicted role that matches none. */
export interface OccupationError {
  doc: string;
  kind: 'missed' | 'spurious';
  text: string;
  /** For a missed fact, the first stage that lost it (see {@link MissedWhy}). */
  why?: MissedWhy;
}

/**
 * Where a missed fact was lost, the earliest stage first: no person entity on its Who; the person found but given no role;
 * roles, none on the fact's position words; a role on the position whose place disagrees; a role that agrees in all,
 * matched with another fact first.
 */
export type MissedWhy = 'no person' | 'no role' | 'other title' | 'place' | 'taken';

export interface OccupationFigures {
  /** Person, position and place all agree. */
  full: Score;
  /** Person and position agree, whatever the place. */
  personAndPosition: Score;
  errors: OccupationError[];
}

/** The Occupation facts of a document with the bounds of what they cite. */
export function goldOccupations(doc: Pick<FactRuDocument, 'facts' | 'coref' | 'objects' | 'spans'>): GoldOccupation[] {
  const objects = new Map(doc.objects.map((object) => [object.id, object]));
  const entitySpans = (ids: readonly string[]): Bounds[] =>
    doc.coref.filter((entity) => ids.includes(entity.id)).flatMap((entity) => entity.objects.flatMap((id) => objects.get(id)?.spans ?? []));
  const spans = (ids: readonly string[]): Bounds[] => doc.spans.filter((span) => ids.includes(span.id));
  const argument = (fact: FactRuFact, key: string) => fact.arguments.find((arg) => arg.key === key);
  return doc.facts
    .filter((fact) => fact.type === 'Occupation')
    .map((fact) => {
      const where = argument(fact, 'Where');
      return {
        id: fact.id,
        who: entitySpans(argument(fact, 'Who')?.entities ?? []),
        positions: spans(argument(fact, 'Position')?.spans ?? []),
        where: where ? entitySpans(where.entities) : null,
        difficult: argument(fact, 'Сложность') !== undefined,
        text: fact.arguments.filter((arg) => ['Who', 'Position', 'Where'].includes(arg.key)).map((arg) => `${arg.key} ${arg.text}`).join(' / '),
      };
    });
}

/** How a predicted role agrees with a gold fact. */
function agreement(role: PredictedRole, fact: GoldOccupation, entities: readonly Entity[]): { person: boolean; position: boolean; place: boolean } {
  const mentions = (id: number): Bounds[] => entities[id]?.mentions ?? [];
  const touches = (a: readonly Bounds[], b: readonly Bounds[]): boolean => a.some((x) => b.some((y) => overlaps(x, y)));
  return {
    person: touches(mentions(role.person), fact.who),
    // A fact without a Position span (`работает в …`) asks for none.
    position: fact.positions.length === 0 || fact.positions.some((span) => overlaps(span, role.title)),
    place: role.of !== null ? fact.where !== null && touches(mentions(role.of), fact.where)
      : role.place !== undefined ? fact.where !== null && touches([role.place], fact.where)
      : fact.where === null || fact.where.length === 0,
  };
}

/**
 * Scores the predicted roles of documents against their Occupation facts. Each role is matched,
 * in text order, with the first fact not yet matched that it agrees with; `full` asks for person,
 * position and place, `personAndPosition` leaves the place out.
 */
export function scoreOccupations(
  cases: readonly { gold: FactRuDocument; roles: readonly PredictedRole[]; entities: readonly Entity[] }[],
): OccupationFigures {
  const count = (strict: boolean, errors: OccupationError[] | null): Score => {
    let right = 0;
    let predicted = 0;
    let gold = 0;
    for (const { gold: doc, roles, entities } of cases) {
      const facts = goldOccupations(doc);
      const matched = new Set<GoldOccupation>();
      for (const role of roles) {
        if (role.of === null && role.place === undefined) continue;
        const fact = facts.find((f) => {
          if (matched.has(f)) return false;
          const { person, position, place } = agreement(role, f, entities);
          return person && position && (place || !strict);
        });
        if (fact) matched.add(fact);
        if (fact?.difficult) continue;
        predicted++;
        if (fact) right++;
        else errors?.push({ doc: doc.id, kind: 'spurious', text: `${entities[role.person]?.name ?? '?'} / ${role.title.text} / ${role.of === null ? role.place?.name ?? '—' : entities[role.of]?.name}` });
      }
      for (const fact of facts) {
        if (fact.difficult) continue;
        gold++;
        if (!matched.has(fact)) errors?.push({ doc: doc.id, kind: 'missed', text: fact.text, why: missedWhy(fact, roles, entities) });
      }
    }
    return score(right, predicted, gold);
  };
  const errors: OccupationError[] = [];
  return { full: count(true, errors), personAndPosition: count(false, null), errors };
}

/** The earliest stage that lost a missed fact (see {@link MissedWhy}). */
function missedWhy(fact: GoldOccupation, roles: readonly PredictedRole[], entities: readonly Entity[]): MissedWhy {
  const agreements = roles.map((role) => agreement(role, fact, entities));
  const person = entities.some((entity) => entity.type === 'PER' && entity.mentions.some((mention) => fact.who.some((who) => overlaps(mention, who))));
  if (!person) return 'no person';
  if (!agreements.some((agrees) => agrees.person)) return 'no role';
  if (!agreements.some((agrees) => agrees.person && agrees.position)) return 'other title';
  return agreements.some((agrees) => agrees.person && agrees.position && agrees.place) ? 'taken' : 'place';
}
