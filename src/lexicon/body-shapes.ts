/**
 * The shapes of the short names of state bodies (data/gazetteer/body-shapes.json): the prefix that opens one (`Мин…`) and
 * the endings that close one (`…ком`, `…надзор`, `…суд`), each with the kind of body it names. Read by the entity rule
 * `body short form` and by the speaker resolver, which refers back to such a body by its kind (`Мосгорсуд` … `суда`).
 */
import bodyShapes from '../data/gazetteer/body-shapes.json';

/** How many letters a short body name has besides its prefix or ending (`Мосгор` + `суд`, `Мин` + `пром…`). */
const STEM_LETTERS = 4;

/** Whether a folded stem opens with a body's prefix after which four letters at least follow (`минпромторг`). */
export const opensLikeBody = (stem: string): boolean => bodyShapes.prefixes.some((prefix) => stem.startsWith(prefix) && stem.length >= prefix.length + STEM_LETTERS);

/** Whether a folded stem ends with a body's ending after four letters at least (`мосгоризбирком`, `роскомнадзор`). */
export const endsLikeBody = (stem: string): boolean => bodyShapes.endings.some((ending) => stem.endsWith(ending) && stem.length >= ending.length + STEM_LETTERS);

/** Whether a folded word starts with a ministry's prefix (`мин…`), whatever follows. */
export const startsWithBodyPrefix = (folded: string): boolean => bodyShapes.prefixes.some((prefix) => folded.startsWith(prefix));

/**
 * The kind nouns (lemmas, as listed) a short name's shape gives (body-shapes.json `kinds`): `мосгорсуд` → `суд`,
 * `минпромторг` → `министерство`, `мосгоризбирком` → `комитет`, `комиссия`; none for a name of several words.
 */
export function bodyShapeKinds(folded: string): readonly string[] {
  if (folded.includes(' ')) return [];
  return Object.entries(bodyShapes.kinds).flatMap(([part, kinds]) =>
    folded.length >= part.length + STEM_LETTERS && (PREFIXES.has(part) ? folded.startsWith(part) : folded.endsWith(part)) ? kinds : []);
}
const PREFIXES: ReadonlySet<string> = new Set(bodyShapes.prefixes);

/** How many letters the short stem before a body's noun in a compound common noun has (`наб` + `совет`, `закс` + `обрание`). */
const COMPOUND_STEM = { min: 2, max: 5 };

/** Whether a folded word is a short stem and a body's noun written together (`набсовет`, `педсовет`, `заксобрание`; body-shapes.json `compoundHeads`). */
export const compoundOfBodyNoun = (folded: string): boolean => bodyShapes.compoundHeads.some((head) => {
  const stem = folded.length - head.length;
  return folded.endsWith(head) && stem >= COMPOUND_STEM.min && stem <= COMPOUND_STEM.max;
});

/** The compound prefixes of a body's name written together with its field noun (`Рос`, `Гос`, `Мос`). */
export const COMPOUND_PREFIXES: readonly string[] = bodyShapes.compoundPrefixes;
