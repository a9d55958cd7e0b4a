/**
 * `npx tsx scripts/factru-response.ts [--half A|B] [--out DIR] [-m]`: scores rech on the factRuEval-2016
 * development documents with the competition's own comparators (`../shared/factru-official`, see its README).
 *
 * Analyses each document with `analyze()` and writes the competition's response files into DIR
 * (a fresh temporary folder by default):
 * - `book_N.task1`: every mention of `doc.entities`, one a line, `per|loc|locorg|org START LENGTH` in code points,
 *   a place named as a body (`sense: 'polity'`, factRuEval's LocOrg) as `locorg`; track 1 is scored as given and
 *   with `-l` (every LocOrg counted as a place);
 * - `book_N.task2`: the linked entities of `doc.entities`, one block each: `per` with `firstname`,
 *   `patronymic` and `lastname` from `parts`, `loc` and `org` with `name`; and an `org` for each body a place stands
 *   for (`правительства США`: a mention's `body`);
 * - `book_N.task3`: an `occupation` fact for each of `doc.roles` that names where the post is held
 *   (factRuEval's Occupation always has a place of work), `who` and `where` by the entities' names (or the place
 *   a place adjective names, `российский президент` → `Россия`, when no entity is that place),
 *   `position` the title's words before the place (`Посол Японии в России` → `Посол`), since the
 *   comparator matches the position against the annotated span as written.
 * Then runs the official comparators of track 1 (as given and with `-l`), track 2 and track 3 (`run.sh DIR 1`,
 * `run.sh DIR 2`, `run.sh DIR 3`; `-m` is passed on to tracks 2 and 3)
 * and prints their tables. `--half` scores one fixed half only (`devHalf` in src/eval/corpora.ts), by
 * handing the comparators a standard folder that holds that half's files alone. Needs python 3 with numpy.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Entity, type RechDocument } from '../src/index.js';
import { DEV_HALVES, corporaFolder, devHalf, readFactRu } from '../src/eval/corpora.js';
import rolesData from '../src/data/gazetteer/roles.json';

const { values } = parseArgs({ options: { half: { type: 'string' }, out: { type: 'string' }, m: { type: 'boolean', short: 'm' } } });
if (values.half !== undefined && !(DEV_HALVES as readonly string[]).includes(values.half)) {
  console.error(`--half must be A (even ids) or B (odd ids), not '${values.half}'`);
  process.exit(2);
}
const corpora = corporaFolder();
const runner = join(dirname(corpora), 'factru-official', 'run.sh');
const out = values.out === undefined ? mkdtempSync(join(tmpdir(), 'rech-factru-')) : resolve(values.out);
mkdirSync(out, { recursive: true });

/** The comparator reads `attr : value` and `arg : value`: a value holds no colon and no line break. */
const clean = (value: string): string => value.replace(/[:\s]+/g, ' ').trim();

/** A `.task2` block: a person by the parts of its name, a place or organisation by its name. */
function entityBlock(entity: Entity): string {
  const lines = [entity.type.toLowerCase()];
  if (entity.type === 'PER') {
    const { first, middle, last } = entity.parts ?? {};
    if (first) lines.push(`firstname : ${clean(first)}`);
    if (middle) lines.push(`patronymic : ${clean(middle)}`);
    if (last) lines.push(`lastname : ${clean(last)}`);
    if (lines.length === 1) lines.push(`lastname : ${clean(entity.name)}`);
  } else {
    lines.push(`name : ${clean(entity.name)}`);
  }
  return lines.join('\n');
}

/**
 * An `org` block for each body the document names by a common noun and its place (`правительства США`: a place mention's
 * `body`), once by its nominative; factRuEval annotates such a body as an organisation, named by the noun and the place as
 * written (`правительство США`).
 */
function bodyBlocks(doc: RechDocument): string[] {
  const names = new Map<string, string>();
  for (const mention of doc.entities.flatMap((entity) => entity.mentions)) {
    if (mention.body !== undefined) names.set(mention.body.normal.toLowerCase(), mention.body.normal);
  }
  return [...names.values()].map((name) => `org\nname : ${clean(name)}`);
}

/** Code points before each UTF-16 offset of the text, as the comparators count offsets. */
function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  return (offset) => [...text.slice(0, offset)].length;
}

/** A `.task1` line for each mention of each entity, in text order; a place that stands for its state or people is a `locorg`. */
function mentionLines(doc: RechDocument): string[] {
  const at = codePointOffsets(doc.text);
  return doc.entities
    .flatMap((entity) => entity.mentions)
    .sort((a, b) => a.start - b.start)
    .map((mention) => `${mention.sense === 'polity' ? 'locorg' : mention.type.toLowerCase()} ${at(mention.start)} ${at(mention.end) - at(mention.start)}`);
}

/**
 * The kind nouns of an organisation or of its unit, and its legal forms as written (roles.json `organisationKinds`, `unitNouns`,
 * `kindAliases`): the words by which a title refers to where the post is held (`капитан клуба`, `глава представительства`).
 */
const ORGANISATION_KIND_WORDS = new Set(
  [...rolesData.organisationKinds, ...rolesData.unitNouns, ...Object.keys(rolesData.kindAliases)].map((word) => word.toLowerCase().replace(/ё/g, 'е')),
);

/**
 * The title's words before the first mention of the place inside it, without the prepositions left at the end.
 * Rule `position before the organisation's kind`: where the post is held at an organisation, the title's words before the
 * kind noun that refers to it, with the adjectives of that noun (`полузащитник футбольного клуба` → `полузащитник`, `глава ОАО` →
 * `глава`), as factRuEval marks the post alone and the organisation, with its kind, as the place of work.
 */
function position(doc: RechDocument, title: { start: number; end: number; text: string }, of: number | null): string {
  const place = of === null ? undefined : doc.entities[of]!.mentions.find((m) => m.start >= title.start && m.end <= title.end);
  const stop = place === undefined || place.start === title.start ? title.end : place.start;
  const words = of === null || doc.entities[of]!.type !== 'ORG' ? [] : doc.tokens.filter((t) => t.kind === 'word' && t.start >= title.start && t.end <= stop);
  const key = (token: (typeof words)[number]): string => (token.lemma ?? token.text).toLowerCase().replace(/ё/g, 'е');
  let kind = words.findIndex((token, i) => i > 0 && (ORGANISATION_KIND_WORDS.has(key(token)) || ORGANISATION_KIND_WORDS.has(token.text.toLowerCase())));
  if (kind > 0) {
    while (kind > 1 && words[kind - 1]!.tags?.[0] === 'ADJF') kind--;
    return doc.text.slice(title.start, words[kind]!.start).replace(/[\s,]*$/u, '');
  }
  if (stop === title.end) return title.text;
  return doc.text.slice(title.start, place!.start).replace(/(\s+(в|во|на|при|от|из|по))*[\s,]*$/iu, '');
}

const occupationBlocks = (doc: RechDocument): string[] =>
  doc.roles.flatMap((role) => {
    const where = role.of === null ? role.place?.name : doc.entities[role.of]!.name;
    if (where === undefined) return [];
    const who = `who : ${clean(doc.entities[role.person]!.name)}`;
    return [['occupation', who, `position : ${clean(position(doc, role.title, role.of))}`, `where : ${clean(where)}`].join('\n')];
  });

const docs = readFactRu(corpora).filter((doc) => values.half === undefined || devHalf(doc.id) === values.half);
for (const gold of docs) {
  const doc = await analyze(gold.text);
  writeFileSync(join(out, `${gold.id}.task1`), mentionLines(doc).join('\n') + '\n');
  writeFileSync(join(out, `${gold.id}.task2`), [...doc.entities.map(entityBlock), ...bodyBlocks(doc)].join('\n\n') + '\n');
  writeFileSync(join(out, `${gold.id}.task3`), occupationBlocks(doc).join('\n\n') + '\n');
}
console.log(`${docs.length} documents${values.half ? ` (half ${values.half})` : ''}; response files in ${out}`);

// The comparators score every document of the standard folder: for a half, a folder with that half's files only.
let standard = join(corpora, 'factru-dev');
if (values.half !== undefined) {
  const ids = new Set(docs.map((doc) => doc.id));
  const half = mkdtempSync(join(tmpdir(), `rech-factru-${values.half}-`));
  for (const name of readdirSync(standard)) if (ids.has(name.split('.')[0]!)) symlinkSync(join(standard, name), join(half, name));
  standard = half;
}
// Track 1 as given (a LocOrg mention counts only as locorg) and with -l (LocOrg as a place);
// tracks 2 and 3 with -m when asked.
const runs: [string, string[]][] = [
  ['1', []],
  ['1', ['-l']],
  ['2', values.m ? ['-m'] : []],
  ['3', values.m ? ['-m'] : []],
];
let failed = false;
for (const [track, flags] of runs) {
  console.log(`\n# factRuEval-2016 track ${track}, official comparator${flags.length > 0 ? ` (${flags.join(' ')})` : ''}`);
  const run = spawnSync(runner, [out, track, ...flags], { stdio: 'inherit', env: { ...process.env, FACTRU_DEV: standard } });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
