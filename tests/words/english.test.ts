/**
 * Lemmas and tags of English words (src/words/english.ts): compromise's reading
 * mapped onto rech's tokens. Expected values are written by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type RechDocument } from '../../src/index.js';

const lemmas = (doc: RechDocument): Array<[string, string | undefined]> => doc.tokens.map((token) => [token.text, token.lemma]);
const tagsOf = (doc: RechDocument, text: string): readonly string[] | undefined => doc.tokens.find((token) => token.text === text)?.tags;

describe('English words get compromise lemma and tags', () => {
  it('gives verbs their infinitive and nouns their singular, lower case, punctuation nothing', async () => {
    const doc = await analyze('The officials said they had gone.');
    expect(lemmas(doc)).toEqual([
      ['The', 'the'],
      ['officials', 'official'],
      ['said', 'say'],
      ['they', 'they'],
      ['had', 'have'],
      ['gone', 'go'],
      ['.', undefined],
    ]);
    expect(tagsOf(doc, 'said')).toEqual(expect.arrayContaining(['Verb', 'PastTense']));
    expect(tagsOf(doc, 'officials')).toEqual(expect.arrayContaining(['Noun', 'Plural']));
    expect(tagsOf(doc, '.')).toBeUndefined();
  });

  it("reads a cut-off clitic as the word it stands for: 's of it's as be, of a name as a possessive", async () => {
    const doc = await analyze("It's over for Blinken's team.");
    expect(lemmas(doc).slice(0, 6)).toEqual([
      ['It', 'it'],
      ["'s", 'be'],
      ['over', 'over'],
      ['for', 'for'],
      ['Blinken', 'blinken'],
      ["'s", "'s"],
    ]);
    expect(doc.tokens[1]!.tags).toContain('Copula');
    expect(doc.tokens[5]!.tags).toEqual(['Possessive']);
  });

  it("keeps n't with its verb: the lemma is the verb's, the tags say it is negated", async () => {
    const doc = await analyze("He didn't come.");
    const token = doc.tokens.find((t) => t.text === "didn't")!;
    expect(token.lemma).toBe('do');
    expect(token.tags).toEqual(expect.arrayContaining(['Verb', 'Negative']));
  });

  it('keeps an acronym as written, and a hyphenated name whole', async () => {
    const doc = await analyze('The U.S. envoy flew to Nagorno-Karabakh on Monday.');
    expect(doc.tokens.find((t) => t.text === 'U.S.')?.lemma).toBe('u.s.');
    expect(tagsOf(doc, 'U.S.')).toContain('Acronym');
    expect(doc.tokens.find((t) => t.text === 'Nagorno-Karabakh')?.lemma).toBe('nagorno-karabakh');
  });

  it('gives nothing to words of other languages, and OpenCorpora readings to Russian ones', async () => {
    const doc = await analyze('Посол Азербайджана в Казахстане заявил об этом журналистам в понедельник, после встречи в министерстве.\nBizim partnyorlarımız Qarabağ münaqişəsinin sülh yolu ilə həllini dəstəkləyirlər.\nThe envoy said so.');
    expect(doc.paragraphs.map((p) => p.language)).toEqual(['rus', 'azj', 'eng']);
    expect(doc.tokens.find((t) => t.text === 'заявил')?.lemma).toBe('заявить');
    expect(doc.tokens.find((t) => t.text === 'заявил')?.tags?.[0]).toBe('VERB');
    expect(doc.tokens.filter((t) => t.start >= doc.paragraphs[1]!.start && t.end <= doc.paragraphs[1]!.end).some((t) => t.lemma || t.tags)).toBe(false);
    expect(doc.tokens.find((t) => t.text === 'envoy')?.lemma).toBe('envoy');
  });

  it('reads a long sentence in windows without losing a word', async () => {
    const text = `${'The envoy met the minister and '.repeat(60)}they talked.`;
    const doc = await analyze(text);
    expect(doc.sentences).toHaveLength(1);
    expect(doc.tokens.every((t) => t.kind !== 'word' || t.lemma !== undefined)).toBe(true);
  });
});
