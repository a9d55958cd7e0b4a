/**
 * `npx tsx scripts/check-gazetteers.ts`: sanity checks for the Russian gazetteers
 * (src/data/gazetteer/{locations,organisations,first-names,roles}.json).
 *
 * Fails (exit 1) on duplicates (after ё→е folding, within a file, or across files unless the
 * name is a deliberate homonym listed below) and on malformed entries (stray characters,
 * double or edge spaces). Reports, without failing: first names az already tags as Name
 * in the nominative (candidates to remove, if their other case forms read right without the list), and how many one-word LOC/ORG names az knows
 * as Geox/Orgn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Az = require('az');
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/data/gazetteer');
const FILES = ['locations', 'organisations', 'first-names', 'roles'] as const;

/** Names in two gazetteers on purpose: places that are also clubs, and first names that are also places. */
const HOMONYMS = new Set(['Барселона', 'Бавария', 'Милан', 'Ливерпуль', 'Краснодар', 'Ростов', 'София', 'Джорджия', 'Флоренция', 'Доминика', 'Арарат', 'Урал', 'Алтай']);
/** Lists of word beginnings, whose entries end in a hyphen (`вице-`, `экс-`). */
const PREFIX_LISTS = new Set(['titlePrefixes']);
const WELL_FORMED_PREFIX = /^\p{L}+-$/u;
const WELL_FORMED = /^[\p{L}\p{M}0-9]([\p{L}\p{M}0-9 .,'’&/+()\-—]*[\p{L}\p{M}0-9.)+])?$/u;

type Entry = string | { name: string; abbr?: string[] };
interface Item { file: string; list: string; text: string }

const items: Item[] = [];
for (const file of FILES) {
  const json = JSON.parse(readFileSync(join(DIR, `${file}.json`), 'utf8')) as Record<string, unknown>;
  if (typeof json.$comment !== 'string') console.log(`${file}.json: no $comment`);
  for (const [list, entries] of Object.entries(json)) {
    if (list.startsWith('$') || !Array.isArray(entries)) continue; // `aliases` is a map, checked by the loader
    for (const entry of entries as Entry[]) {
      const texts = typeof entry === 'string' ? [entry] : [entry.name, ...(entry.abbr ?? [])];
      for (const text of texts) items.push({ file, list, text });
    }
  }
}

let errors = 0;
const error = (message: string) => { errors++; console.log(`ERROR ${message}`); };
const fold = (s: string) => s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

const seen = new Map<string, Item>();
for (const item of items) {
  const where = `${item.file}.${item.list}: ${JSON.stringify(item.text)}`;
  const wellFormed = PREFIX_LISTS.has(item.list) ? WELL_FORMED_PREFIX : WELL_FORMED;
  if (!wellFormed.test(item.text) || /\s{2}/.test(item.text)) error(`malformed ${where}`);
  // Names are unique across the gazetteers; trigger words only within their own list (a word may head a region and a place).
  const key = item.file === 'roles' ? `${item.list}:${fold(item.text)}` : fold(item.text);
  const first = seen.get(key);
  if (!first) { seen.set(key, item); continue; }
  if (first.file !== item.file && HOMONYMS.has(item.text)) continue;
  error(`duplicate ${where} (also in ${first.file}.${first.list})`);
}

Az.Morph.init(join(dirname(require.resolve('az/package.json')), 'dicts'), () => {
  const parses = (word: string): any[] => Az.Morph(word);
  for (const item of items.filter((i) => i.file === 'first-names')) {
    if (parses(item.text).some((p) => p.parser === 'Dictionary' && p.tag.Name && p.tag.nomn)) console.log(`az already knows the first name ${item.text} (the list may still be needed for its other case forms: Илону is read as Илона without it)`);
  }
  for (const [file, grammeme] of [['locations', 'Geox'], ['organisations', 'Orgn']] as const) {
    const single = items.filter((i) => i.file === file && !i.text.includes(' '));
    const known = single.filter((i) => parses(i.text).some((p) => p.tag[grammeme]));
    console.log(`${file}: ${items.filter((i) => i.file === file).length} names, ${single.length} one-word, of which az tags ${known.length} ${grammeme}`);
  }
  console.log(errors ? `${errors} error(s)` : 'ok');
  process.exit(errors ? 1 : 0);
});
