/** The benchmark corpus, shared by the benchmark and its child processes. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaCandidates, findCorpora, readFactRu } from '../../src/eval/corpora.js';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Corpus {
  description: string;
  texts: string[];
  /** A file holding one representative text, for the cold-start child. */
  sampleFile: string;
}

/** factRuEval dev texts, or the two seed fixtures repeated when the corpora folder is missing. */
export function loadCorpus(): Corpus {
  const corpora = findCorpora();
  if (corpora !== undefined) {
    const texts = readFactRu(corpora).map((doc) => doc.text);
    const first = readdirSync(join(corpora, 'factru-dev')).filter((name) => name.endsWith('.txt')).sort()[0]!;
    return { description: `factRuEval dev (${corpora}/factru-dev)`, texts, sampleFile: join(corpora, 'factru-dev', first) };
  }
  const files = readdirSync(join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt')).sort().map((name) => join(ROOT, 'fixtures', name));
  const seeds = files.map((file) => readFileSync(file, 'utf8'));
  const texts: string[] = [];
  for (let units = 0; units < 300_000; units += seeds.reduce((sum, seed) => sum + seed.length, 0)) texts.push(...seeds);
  return {
    description: `FALLBACK: no corpora folder (looked in ${corporaCandidates().join(', ')}), so the ${seeds.length} seed fixtures repeated ${texts.length / seeds.length}×`,
    texts,
    sampleFile: files[0]!,
  };
}

/** The corpus texts one after another, separated by blank lines and repeated, cut to exactly `size` code units. */
export function newsOfSize(texts: readonly string[], size: number): string {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

/** Whether dist/ is older than the newest file under src/. */
export function distIsStale(): boolean {
  const dist = join(ROOT, 'dist', 'index.js');
  let newest = 0;
  for (const entry of readdirSync(join(ROOT, 'src'), { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return !existsSync(dist) || statSync(dist).mtimeMs < newest;
}
