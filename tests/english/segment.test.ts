/**
 * English tokens and sentences (src/segment/token-rules.ts rules `apostrophe` and `dotted`,
 * src/segment/sentence-rules.ts rules `abbreviation` and `dotted-abbreviation`, data/segment/).
 * Every expected value here is written by hand from the input text.
 */
import { describe, expect, it } from 'vitest';
import { explainTokens, sentenize, tokenize } from '../../src/index.js';

const tokens = (text: string): string[] => tokenize(text).map((token) => token.text);
const sentences = (text: string): string[] => sentenize(text).map((sentence) => sentence.text);

describe('rule apostrophe: clitics cut off as in the Penn Treebank, names whole', () => {
  it("cuts a possessive 's off a name, so the name's span ends where the name does", () => {
    expect(tokens("Blinken's visit")).toEqual(['Blinken', "'s", 'visit']);
    expect(tokens('Blinken’s visit')).toEqual(['Blinken', '’s', 'visit']);
  });

  it("cuts 're, 've, 'll, 'd, 'm and the 's of it's", () => {
    expect(tokens("we're they've you'll he'd I'm it's")).toEqual(['we', "'re", 'they', "'ve", 'you', "'ll", 'he', "'d", 'I', "'m", 'it', "'s"]);
  });

  it("keeps n't with its verb, as n't is no letter run of its own", () => {
    expect(tokens("didn't can't won't")).toEqual(["didn't", "can't", "won't"]);
  });

  it('keeps an apostrophe inside a name', () => {
    expect(tokens("O'Brien d'Este rock'n'roll")).toEqual(["O'Brien", "d'Este", "rock'n'roll"]);
    expect(tokens("O'Brien's")).toEqual(["O'Brien", "'s"]);
  });

  it('leaves a plural possessive and quotation marks alone', () => {
    expect(tokens("officials' talks")).toEqual(['officials', "'", 'talks']);
    expect(tokens("'We won,' he said")).toEqual(["'", 'We', 'won', ',', "'", 'he', 'said']);
  });

  it('does not touch Cyrillic words', () => {
    expect(tokens("д'Артаньян")).toEqual(['д', "'", 'Артаньян']);
  });

  it('names the rule', () => {
    expect(explainTokens("Blinken's").map((b) => `${b.left}|${b.right} ${b.decision} by ${b.rule}`)).toEqual([
      "Blinken|' split by apostrophe",
      "'|s join by apostrophe",
    ]);
  });
});

describe('rule dotted: single letters with their stops are one token', () => {
  it('keeps U.S., a.m., e.g. and J.K. whole, stops included', () => {
    expect(tokens('the U.S. at 10 a.m., e.g. J.K. Rowling')).toEqual(['the', 'U.S.', 'at', '10', 'a.m.', ',', 'e.g.', 'J.K.', 'Rowling']);
  });

  it('gives them the kind word', () => {
    expect(tokenize('U.S.')).toEqual([{ start: 0, end: 4, text: 'U.S.', kind: 'word' }]);
  });

  it('leaves a single initial, longer words and Cyrillic alone', () => {
    expect(tokens('F. Kennedy Will.I.AM А.С.Пушкин')).toEqual(['F', '.', 'Kennedy', 'Will', '.', 'I', '.', 'AM', 'А', '.', 'С', '.', 'Пушкин']);
  });
});

describe('English sentences', () => {
  it('holds titles and month abbreviations to the name or number after them', () => {
    expect(sentences('Mr. Blinken met Gen. Mark Milley and Sen. Bob Menendez on Jan. 5. They talked.')).toEqual([
      'Mr. Blinken met Gen. Mark Milley and Sen. Bob Menendez on Jan. 5.',
      'They talked.',
    ]);
  });

  it('does not split after an initial', () => {
    expect(sentences('John F. Kennedy was shot in 1963. The nation mourned.')).toEqual(['John F. Kennedy was shot in 1963.', 'The nation mourned.']);
  });

  it('holds U.S. to the name it qualifies, splits it from a word that opens a sentence', () => {
    expect(sentences('The U.S. State Department said so. He lives in the U.S. The talks ended at 3 p.m. Monday.')).toEqual([
      'The U.S. State Department said so.',
      'He lives in the U.S.',
      'The talks ended at 3 p.m. Monday.',
    ]);
  });

  it("splits after a company's suffix before a word that opens a sentence, not before a title", () => {
    expect(sentences('He joined Microsoft Corp. The company said nothing.')).toEqual(['He joined Microsoft Corp.', 'The company said nothing.']);
    expect(sentences('Tesla Inc. Chief Executive Elon Musk spoke.')).toEqual(['Tesla Inc. Chief Executive Elon Musk spoke.']);
    expect(sentences('Он работает в Apple Inc. Компания молчит.')).toEqual(['Он работает в Apple Inc.', 'Компания молчит.']);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(sentences('"We will win," Smith said. "Why?" he asked.')).toEqual(['"We will win," Smith said.', '"Why?" he asked.']);
  });
});
