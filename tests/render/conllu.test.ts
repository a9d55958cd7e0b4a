import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, renderConll, renderConllu, type RechDocument } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { conlluProblems } from './check.js';
import { ambassadorDocument, englishDocument, handDocument } from './document.js';

const SEEDS = ['000_4a3131ec37a1ee70.txt', '001_78ac929fa1834338.txt', 'english-wire.txt'];

/** The token lines of a CoNLL-U text, as arrays of fields. */
const rows = (conllu: string): string[][] => conllu.split('\n').filter((line) => /^\d/.test(line)).map((line) => line.split('\t'));

/** A document whose tokens carry the tags and lemmas given for their texts. */
function tagged(text: string, language: string, readings: Record<string, [lemma: string, ...tags: string[]]>): RechDocument {
  const doc = handDocument(text, language);
  for (const token of doc.tokens) {
    const reading = readings[token.text];
    if (reading) [token.lemma, ...token.tags] = [reading[0], ...reading.slice(1)] as [string, ...string[]];
  }
  return doc;
}

describe('renderConllu', () => {
  it.each(SEEDS)('writes the seed %s as valid CoNLL-U', async (seed) => {
    const conllu = renderConllu(await analyze(readFileSync(join(FIXTURES, seed), 'utf8')));
    expect(conlluProblems(conllu)).toEqual([]);
    expect(rows(conllu).filter((fields) => fields[3] !== 'PUNCT' && fields[2] === '_').length).toBeLessThan(rows(conllu).length / 10);
  });

  it('writes a text with emoji, tabs, runs of spaces and no-break spaces as valid CoNLL-U, spacing kept in SpacesAfter', async () => {
    const text = 'Посол\t\tзаявил:  «Мы 😀 не\u00a0хотели войны»!\n\n"We will not give up," Zelensky said.\n\nBizim partnyorlarımız';
    const conllu = renderConllu(await analyze(text));
    expect(conlluProblems(conllu)).toEqual([]);
    expect(conllu).toContain('# text = Посол\t\tзаявил:\n1\tПосол\tпосол\tNOUN\tNOUN,anim,masc,sing,nomn\tAnimacy=Anim|Case=Nom|Gender=Masc|Number=Sing\t_\t_\t_\tQuoteSpeaker=B|SpacesAfter=\\t\\t\n');
    expect(conllu).toContain('\tне\tне\tPART\tPRCL\tPolarity=Neg\t_\t_\t_\tQuote=I-direct|SpacesAfter=\\u00A0\n');
    expect(conllu).toContain('# text = Bizim partnyorlarımız\n1\tBizim\t_\tX\t_\t_\t_\t_\t_\t_\n');
  });

  it('writes comments, then ten fields a token, and a blank line after each sentence', () => {
    expect(renderConllu(ambassadorDocument())).toBe(
      [
        '# newdoc',
        '# newpar',
        '# sent_id = 1',
        '# text = Посол Азербайджана Рашад Мамедов заявил:',
        '1\tПосол\t_\tX\t_\t_\t_\t_\t_\tQuoteSpeaker=B',
        '2\tАзербайджана\t_\tX\t_\t_\t_\t_\t_\tNER=B-LOC|QuoteSpeaker=I',
        '3\tРашад\t_\tX\t_\t_\t_\t_\t_\tNER=B-PER|QuoteSpeaker=I',
        '4\tМамедов\t_\tX\t_\t_\t_\t_\t_\tNER=I-PER|QuoteSpeaker=I',
        '5\tзаявил\t_\tX\t_\t_\t_\t_\t_\tQuoteCue=B|SpaceAfter=No',
        '6\t:\t:\tPUNCT\t_\t_\t_\t_\t_\t_',
        '',
        '# sent_id = 2',
        '# text = «Мы не хотели войны».',
        '1\t«\t«\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No',
        '2\tМы\t_\tX\t_\t_\t_\t_\t_\tQuote=B-direct',
        '3\tне\t_\tX\t_\t_\t_\t_\t_\tQuote=I-direct',
        '4\tхотели\t_\tX\t_\t_\t_\t_\t_\tQuote=I-direct',
        '5\tвойны\t_\tX\t_\t_\t_\t_\t_\tQuote=I-direct|SpaceAfter=No',
        '6\t»\t»\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No',
        '7\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_',
        '',
        '',
      ].join('\n'),
    );
    expect(renderConllu(handDocument('', 'und'))).toBe('');
  });

  it('maps OpenCorpora tags to UPOS and FEATS: proper names, determiners, auxiliaries, subordinating conjunctions, participles and short forms', () => {
    const doc = tagged('Этот Рашад был уверен, что подписанный договор будет выполнен.', 'rus', {
      Этот: ['этот', 'ADJF', 'Apro', 'Subx', 'Anph', 'masc', 'sing', 'nomn'],
      Рашад: ['рашад', 'NOUN', 'anim', 'masc', 'Name', 'sing', 'nomn'],
      был: ['быть', 'VERB', 'impf', 'intr', 'masc', 'sing', 'past', 'indc'],
      уверен: ['уверенный', 'ADJS', 'Qual', 'masc', 'sing'],
      что: ['что', 'CONJ'],
      подписанный: ['подписать', 'PRTF', 'perf', 'tran', 'past', 'pssv', 'inan', 'masc', 'sing', 'accs'],
      будет: ['быть', 'VERB', 'impf', 'intr', 'sing', '3per', 'futr', 'indc'],
      выполнен: ['выполнить', 'PRTS', 'perf', 'past', 'pssv', 'masc', 'sing'],
    });
    const byForm = Object.fromEntries(rows(renderConllu(doc)).map((fields) => [fields[1], `${fields[3]} ${fields[5]}`]));
    expect(byForm).toMatchObject({
      Этот: 'DET Case=Nom|Gender=Masc|Number=Sing',
      Рашад: 'PROPN Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing',
      был: 'AUX Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin',
      уверен: 'ADJ Gender=Masc|Number=Sing|Variant=Short',
      что: 'SCONJ _',
      подписанный: 'VERB Animacy=Inan|Aspect=Perf|Case=Acc|Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass',
      будет: 'AUX Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin',
      выполнен: 'VERB Aspect=Perf|Gender=Masc|Number=Sing|Tense=Past|Variant=Short|VerbForm=Part|Voice=Pass',
      ',': 'PUNCT _',
    });
  });

  it("maps an English token's compromise tags, and keeps them in XPOS", () => {
    const doc = tagged('He said the talks would not resume.', 'eng', {
      He: ['he', 'Pronoun'],
      said: ['say', 'Verb', 'PastTense'],
      the: ['the', 'Determiner'],
      talks: ['talk', 'Noun', 'Plural'],
      would: ['would', 'Modal', 'Verb'],
      not: ['not', 'Negative'],
      resume: ['resume', 'Verb', 'Infinitive'],
    });
    expect(rows(renderConllu(doc)).map((fields) => fields.slice(1, 6).join(' '))).toEqual([
      'He he PRON Pronoun _',
      'said say VERB Verb,PastTense Tense=Past',
      'the the DET Determiner _',
      'talks talk NOUN Noun,Plural Number=Plur',
      'would would AUX Modal,Verb _',
      'not not PART Negative Polarity=Neg',
      'resume resume VERB Verb,Infinitive VerbForm=Inf',
      '. . PUNCT _ _',
    ]);
  });

  it('tags the entities in MISC as the CoNLL renderer does, and each quote part on its own, so overlapping parts all show', async () => {
    const doc = await analyze(readFileSync(join(FIXTURES, '000_4a3131ec37a1ee70.txt'), 'utf8'));
    const ner = rows(renderConllu(doc)).map((fields) => /NER=([^|]+)/.exec(fields[9]!)?.[1] ?? 'O');
    const conll = renderConll(doc).split('\n').filter((line) => line.includes(' ') && !line.startsWith('-DOCSTART-')).map((line) => line.split(' ')[2]);
    expect(ner).toEqual(conll);
    // A hand-made overlap: a cue inside the content, and the speaker both.
    const text = 'Мир, по словам посла, возможен.';
    const overlap = handDocument(text, 'rus', {
      quotes: [{ kind: 'indirect', content: ['Мир, по словам посла, возможен'], cue: { at: 'по словам', lemma: 'по словам' }, speaker: { at: 'посла', name: null, entity: null } }],
    });
    expect(rows(renderConllu(overlap)).map((fields) => `${fields[1]} ${fields[9]}`)).toEqual([
      'Мир Quote=B-indirect|SpaceAfter=No',
      ', Quote=I-indirect',
      'по Quote=I-indirect|QuoteCue=B',
      'словам Quote=I-indirect|QuoteCue=I',
      'посла Quote=I-indirect|QuoteSpeaker=B|SpaceAfter=No',
      ', Quote=I-indirect',
      'возможен Quote=I-indirect|SpaceAfter=No',
      '. _',
    ]);
  });

  it('names the document in # newdoc and the sentence ids with `id`, and checks its options', () => {
    const conllu = renderConllu(englishDocument(), { id: 'wire-7' });
    expect(conllu.startsWith('# newdoc id = wire-7\n# newpar\n# sent_id = wire-7-1\n')).toBe(true);
    expect(conllu).toContain('# sent_id = wire-7-2\n');
    expect(conlluProblems(conllu + renderConllu(ambassadorDocument(), { id: 'other' }))).toEqual([]);
    expect(conlluProblems(conllu + renderConllu(englishDocument(), { id: 'wire-7' }))).toEqual([
      expect.stringContaining('# sent_id = wire-7-1 repeated'),
      expect.stringContaining('# sent_id = wire-7-2 repeated'),
    ]);
    expect(() => renderConllu(ambassadorDocument(), { id: 'a b' })).toThrow(new RangeError('rech: `options.id` must be a non-empty identifier without whitespace, got the string "a b"'));
    expect(() => renderConllu(ambassadorDocument(), { id: 5 as unknown as string })).toThrow(new TypeError('rech: `options.id` must be a string, got number 5'));
    expect(() => renderConllu(ambassadorDocument(), { sentId: 'x' } as never)).toThrow(TypeError);
  });

  it('has a validator that finds what breaks the format', () => {
    const good = renderConllu(ambassadorDocument());
    const broken = good
      .replace('1\tПосол\t_\tX', '1\tПосол\t_\tNOUNS')
      .replace('2\tАзербайджана', '3\tАзербайджана')
      .replace('6\t:\t:\tPUNCT\t_\t_\t_\t_', '6\t:\t:\tPUNCT\t_\tNumber=Sing|Case=Nom\t0\t_')
      .replace('# text = Посол', '# text = Посол  ')
      .replace('\tSpaceAfter=No\n2\tМы', '\tSpaceAfter=no\n2\tМы')
      .replace(/\n\n$/, '\n');
    expect(conlluProblems(broken)).toEqual([
      'the text does not end with a blank line after the last sentence',
      'line 5: UPOS NOUNS is not a UD tag',
      'line 6: ID 3, expected 2',
      'line 10: FEATS Number=Sing|Case=Nom not sorted or repeated',
      'line 10: HEAD and DEPREL not both given or both _',
      'sentence ending on line 11: the forms make "Посол Азербайджана Рашад Мамедов заявил:", not the # text',
      'line 14: SpaceAfter=no',
      'the last sentence has no blank line after it',
    ]);
    expect(conlluProblems(good.replace('# sent_id = 1\n', ''))).toEqual(['sentence ending on line 10: not one well-formed # sent_id']);
    expect(conlluProblems(good.replace('\tX\t_\t_\t_\t_\t_\tQuote=B-direct', '\tX\t_\t_\t_\t_\tQuote=B-direct'))).toEqual(['line 15: 9 fields, not 10']);
  });
});
