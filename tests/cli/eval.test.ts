/**
 * `rech eval` (src/cli/eval.ts): on a one-document corpus written here, whose figures are worked
 * out by hand, and on the development corpora when ../shared is there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hasCorpora, readFactRu } from '../../src/eval/corpora.js';
import { evaluateSegmentation } from '../../src/eval/segmentation.js';
import { cli } from '../support/cli.js';

/**
 * A corpus of one factRuEval document, `test`. Its gold keeps `г.` as one token and wrongly ends a
 * sentence after it, where rech has 10 tokens (`г` `.`) and 2 sentences.
 */
const TEXT = 'Посол прибыл в г. Москву. Он доволен.';
const GOLD_TOKENS = [
  ['Посол', 'прибыл', 'в', 'г.'],
  ['Москву', '.'],
  ['Он', 'доволен', '.'],
];

const CORPORA = mkdtempSync(join(tmpdir(), 'rech-eval-'));
afterAll(() => rmSync(CORPORA, { recursive: true, force: true }));
mkdirSync(join(CORPORA, 'factru-dev'));
writeFileSync(join(CORPORA, 'factru-dev', 'test.txt'), TEXT);
{
  let at = 0;
  const lines = GOLD_TOKENS.map((sentence) =>
    sentence.map((token) => {
      const start = TEXT.indexOf(token, at);
      at = start + token.length;
      return `${start} ${start} ${token.length} ${token}\n`;
    }).join(''),
  );
  writeFileSync(join(CORPORA, 'factru-dev', 'test.tokens'), lines.join('\n'));
}

describe('rech eval --only segmentation', () => {
  it('prints the sentence and token figures of the corpus given by --corpora', async () => {
    const { code, stdout, stderr } = await cli(['eval', '--only', 'segmentation', '--doc', 'test', '--corpora', CORPORA]);
    expect([code, stderr]).toEqual([0, '']);
    // Sentences: 1 of rech's 2 is gold (Он доволен.), of 3 gold. Tokens: 8 of rech's 10 are gold, of 9 gold.
    expect(stdout).toBe(
      '# Segmentation\n' +
        'factRuEval sentences               P 0.5000  R 0.3333  F1 0.4000   (1 of 2 predicted, 3 gold)\n' +
        'factRuEval sentences, attr. merged P 0.5000  R 0.3333  F1 0.4000   (1 of 2 predicted, 3 gold)\n' +
        'factRuEval tokens                  P 0.8000  R 0.8889  F1 0.8421   (8 of 10 predicted, 9 gold)\n',
    );
  });

  it('lists the errors with --errors, at most --limit per group', async () => {
    const { code, stdout } = await cli(['eval', '--only=segmentation', '--corpora', CORPORA, '--doc', 'test', '--errors', '--limit', '1']);
    expect(code).toBe(0);
    expect(stdout.split('\n## ').slice(1)).toEqual([
      'Sentence errors (against gold with attributions merged)\n  missed test: Посол прибыл в г.\n',
      // The context: 15 characters on each side.
      'Token errors on factRuEval\n  extra  test: г   …Посол прибыл в г. Москву. Он до…\n',
    ]);
  });
});

describe('rech eval: usage errors', () => {
  const shared = process.env.RECH_SHARED;
  afterEach(() => {
    if (shared === undefined) delete process.env.RECH_SHARED;
    else process.env.RECH_SHARED = shared;
  });

  it('says where it looked when there are no corpora, with exit code 2', async () => {
    const missing = join(CORPORA, 'nowhere');
    const given = await cli(['eval', '--corpora', missing]);
    expect([given.code, given.stdout]).toEqual([2, '']);
    expect(given.stderr).toBe(
      `rech: no corpora folder at ${missing} (give --corpora DIR, or set RECH_SHARED to the folder that holds corpora/). Run 'rech --help' for usage.\n`,
    );
    process.env.RECH_SHARED = missing;
    const fromEnvironment = await cli(['eval']);
    expect(fromEnvironment.code).toBe(2);
    expect(fromEnvironment.stderr).toContain(`no corpora folder at ${join(missing, 'corpora')} `);
  });

  it.each([
    [['eval', '--only', 'morphology'], "--only must be segmentation, entities or quotes, not 'morphology'"],
    [['eval', '--limit', 'all'], "--limit must be a whole number such as 20, not 'all'"],
    [['eval', '--type', 'PERSON'], "--type must be PER, LOC or ORG, not 'PERSON'"],
    [['eval', '--doc', 'book_0'], "no factRuEval document 'book_0'"],
    [['eval', 'corpus.txt'], "'rech eval' takes no file, got 'corpus.txt'"],
    [['eval', '--jobs', '2'], "option '--jobs' is for 'rech analyze', not 'rech eval'"],
  ])('rejects %j', async (argv, message) => {
    const { code, stdout, stderr } = await cli([...argv, '--corpora', CORPORA]);
    expect([code, stdout, stderr]).toEqual([2, '', `rech: ${message}. Run 'rech --help' for usage.\n`]);
  });

  it('reports a corpora folder without factru-dev as a file that cannot be read, with exit code 1', async () => {
    const folder = join(CORPORA, 'factru-dev'); // a folder that exists, without factru-dev/ in it
    const { code, stderr } = await cli(['eval', '--corpora', folder]);
    expect(code).toBe(1);
    expect(stderr).toBe(`rech: cannot read the corpora in ${folder}: no such file or directory\n`);
  });
});

describe.skipIf(!hasCorpora())('rech eval on the development corpora (needs ../shared/corpora)', () => {
  it('prints the segmentation figures of one document, as the scorer computes them', async () => {
    const doc = readFactRu()[0]!;
    const { code, stdout, stderr } = await cli(['eval', '--only', 'segmentation', '--doc', doc.id]);
    expect([code, stderr]).toEqual([0, '']);
    const { sentences, tokens } = evaluateSegmentation([doc]);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('# Segmentation');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(`(${sentences.truePositives} of ${sentences.predicted} predicted, ${sentences.gold} gold)`);
    expect(lines[3]).toMatch(new RegExp(`^factRuEval tokens +P ${tokens.precision.toFixed(4)} .* F1 ${tokens.f1.toFixed(4)} `));
  });

  it('lists no errors of the held-back half B: --errors needs --half A', async () => {
    const message = "rech: --errors lists the errors of half A only (half B is held back: its errors are counted by kind at the end of a run without --errors); add --half A. Run 'rech --help' for usage.\n";
    for (const argv of [['--half', 'B'], [], ['--doc', 'book_105']]) {
      const { code, stdout, stderr } = await cli(['eval', '--only', 'segmentation', '--errors', ...argv]);
      expect([code, stdout, stderr]).toEqual([2, '', message]);
    }
    const { code } = await cli(['eval', '--only', 'segmentation', '--errors', '--half', 'A', '--limit', '1']);
    expect(code).toBe(0);
  });
});
