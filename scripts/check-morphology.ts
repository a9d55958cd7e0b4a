/**
 * `npx tsx scripts/check-morphology.ts`: checks that `analyses()` gives exactly
 * the readings of the plain use of az it replaces (two full az calls for a
 * capitalised form, as written and in lower case; every reading converted),
 * on every word form of the factRuEval development texts and on forms
 * generated from the dictionary (every form of the lexemes those words
 * belong to, as written, in lower case, capitalised and in capitals).
 * Same readings, same order, same lemma, tags, score and `known`.
 * tests/morphology/exact.test.ts runs the same comparison on the fixtures.
 */
import Az, { type AzParse } from 'az';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyses, loadMorphology, nominative, singularNominative, type WordAnalysis } from '../src/morphology/morphology.js';
import { tokenize } from '../src/segment/index.js';
import { findCorpora } from '../src/eval/corpora.js';

const OPTIONS = { stutter: 0, typos: 0 } as const;

/** Starts az itself, the reference (rech reads az's files without starting it). */
export function startAz(): Promise<void> {
  return new Promise((resolve, reject) => Az.Morph.init((error) => (error ? reject(error) : resolve())));
}
const CYRILLIC_WORD = /^[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*$/;

/** What rech compares of a reading (the az parse itself only through its form). */
interface Reading {
  lemma: string;
  pos: string;
  case: string | undefined;
  gender: string | undefined;
  number: string | undefined;
  tags: string;
  score: number;
  known: boolean;
  form: string;
  /** The reading's nominative, and its nominative singular (masculine where it has no gender), as rech inflects them. */
  nominative: string | null;
  singular: string | null;
}

/**
 * The readings as rech defines them, before any shortcut: az called on the form and, for a capitalised form
 * the dictionary knows, on its lower case (a form it does not know at all is guessed once, as written).
 */
export function referenceReadings(word: string): Reading[] {
  if (word.length > 40 || !CYRILLIC_WORD.test(word)) return [];
  const parses = Az.Morph(word, OPTIONS);
  const result = parses.map((parse) => reference(parse, word));
  const lower = word.toLowerCase();
  if (lower !== word && parses.some((parse) => (parse as unknown as { parser?: string }).parser === 'Dictionary')) {
    const seen = new Set(result.map((reading) => reading.lemma + ' ' + reading.tags));
    for (const reading of Az.Morph(lower, OPTIONS).map((parse) => reference(parse, lower))) {
      if (!seen.has(reading.lemma + ' ' + reading.tags)) result.push(reading);
    }
  }
  return result;
}

function reference(parse: AzParse, word: string): Reading {
  const { tag } = parse;
  const normal = parse.normalize();
  const tags = [...tag.stat, ...tag.flex];
  return {
    lemma: (normal && normal.word) || parse.word || word.toLowerCase(),
    pos: tag.POS ?? 'UNKN',
    case: tag.CAse,
    gender: tag.GNdr,
    number: tag.NMbr,
    tags: tags.join(','),
    score: parse.score,
    known: !parse.typosCnt && !parse.stutterCnt && tags.length > 0 && (parse as unknown as { parser?: string }).parser === 'Dictionary',
    form: wordOf(parse),
    nominative: azNominative(parse),
    singular: azSingular(parse, 'masc'),
  };
}

/**
 * A parse's form. az leaves the form of a compound read as two words (`журналист-международник`) undefined, and so
 * each of its inflections; rech gives it az's own spelling of the compound, the two words with their hyphen.
 */
const wordOf = (parse: AzParse): string => parse.word ?? String(parse);

const CASE_OR_ANIMACY = new Set(['nomn', 'gent', 'gen1', 'gen2', 'datv', 'accs', 'acc2', 'ablt', 'loct', 'loc1', 'loc2', 'voct', 'anim', 'inan']);

/** The nominative as az's own inflection gives it (the ordinal's special case left out: it reads the dictionary again). */
function azNominative(parse: AzParse): string | null {
  const { tag } = parse;
  if (tag.CAse === undefined || tag.CAse === 'nomn') return wordOf(parse);
  const grammemes = ['nomn', ...tag.flex.filter((g) => !CASE_OR_ANIMACY.has(g))];
  if (tag.GNdr && tag.NMbr !== 'plur' && !grammemes.includes(tag.GNdr)) grammemes.push(tag.GNdr);
  if (tag['PRTF']) grammemes.push(tag['pssv'] ? 'pssv' : 'actv');
  if (tag['Patr']) grammemes.push('Patr');
  return ordinalAside(tag, parse.inflect(grammemes));
}

function azSingular(parse: AzParse, gender: string): string | null {
  const { tag } = parse;
  const grammemes = ['nomn', 'sing', ...tag.flex.filter((g) => !CASE_OR_ANIMACY.has(g) && g !== 'plur' && g !== 'sing')];
  const own = tag.GNdr ?? gender;
  if (own !== undefined && !grammemes.includes(own)) grammemes.push(own);
  if (tag['PRTF']) grammemes.push(tag['pssv'] ? 'pssv' : 'actv');
  return ordinalAside(tag, parse.inflect(grammemes));
}

/**
 * An ordinal's or a superlative's inflection is compared only where az gives it as is: rech puts it in the nominative from
 * its own stem, as az files it under another word (`первым` under `один`, `высшего` under `высокий`).
 */
const ordinalAside = (tag: AzParse['tag'], form: AzParse | false): string | null =>
  (tag['Anum'] ? 'ordinal' : tag['Supr'] ? 'superlative' : form ? wordOf(form) : null);

function current(reading: WordAnalysis): Reading {
  const { lemma, pos, gender, number, score, known } = reading;
  const aside = reading.tags.includes('Anum') ? 'ordinal' : reading.tags.includes('Supr') ? 'superlative' : undefined;
  return {
    lemma, pos, case: reading.case, gender, number, tags: reading.tags.join(','), score, known, form: reading.form,
    nominative: aside !== undefined && reading.case !== undefined && reading.case !== 'nomn' ? aside : nominative(reading),
    singular: aside ?? singularNominative(reading, 'masc'),
  };
}

/** The forms of the words in `texts`, and every form of their dictionary lexemes in four spellings. */
export function formsToCheck(texts: readonly string[], generatedLimit: number): { corpus: string[]; generated: string[] } {
  const corpus = new Set<string>();
  for (const text of texts) for (const token of tokenize(text)) if (token.kind === 'word') corpus.add(token.text);
  const generated = new Set<string>();
  for (const word of corpus) {
    if (generated.size >= generatedLimit) break;
    if (!CYRILLIC_WORD.test(word) || word.length > 40) continue;
    for (const parse of Az.Morph(word.toLowerCase(), OPTIONS)) {
      const { formCnt } = parse as unknown as { formCnt?: number };
      if ((parse as unknown as { parser?: string }).parser !== 'Dictionary' || !formCnt) continue;
      for (let index = 0; index < formCnt; index++) {
        const form = (parse.inflect as unknown as (formIndex: number) => AzParse | false)(index);
        if (!form || !form.word) continue;
        const lower = form.word;
        for (const spelling of [lower, lower[0]!.toUpperCase() + lower.slice(1), lower.toUpperCase()]) if (!corpus.has(spelling)) generated.add(spelling);
      }
    }
  }
  return { corpus: [...corpus], generated: [...generated].slice(0, generatedLimit) };
}

/** The forms whose readings differ from the reference, with the first difference of each. */
export function differences(forms: readonly string[]): string[] {
  const found: string[] = [];
  for (const form of forms) {
    const expected = referenceReadings(form);
    const actual = analyses(form).map(current);
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) found.push(`${form}:\n  expected ${e}\n  actual   ${a}`);
  }
  return found;
}

async function main(): Promise<void> {
  await Promise.all([loadMorphology(), startAz()]);
  const corpora = findCorpora();
  if (!corpora) throw new Error('no corpora folder: the check reads the factRuEval development texts');
  const folder = join(corpora, 'factru-dev');
  const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8'));
  const { corpus, generated } = formsToCheck(texts, 5000);
  const found = differences([...corpus, ...generated]);
  console.log(`${corpus.length} forms of the development texts and ${generated.length} generated from the dictionary: ${found.length} differ`);
  for (const line of found.slice(0, 20)) console.log(line);
  process.exitCode = found.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
