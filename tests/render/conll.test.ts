import { describe, expect, it } from 'vitest';
import { renderConll } from '../../src/index.js';
import { ambassadorDocument, handDocument } from './document.js';

describe('renderConll', () => {
  it('writes token, part of speech, entity and quote columns, a blank line between sentences', () => {
    const doc = ambassadorDocument();
    const tags: Record<string, string[]> = { Посол: ['NOUN', 'anim'], Азербайджана: ['NOUN', 'Geox'], заявил: ['VERB', 'perf'], Мы: ['NPRO'] };
    for (const token of doc.tokens) if (tags[token.text]) token.tags = tags[token.text];
    expect(renderConll(doc)).toBe(
      [
        '-DOCSTART- -X- -X- O',
        '',
        'Посол NOUN O B-SPEAKER',
        'Азербайджана NOUN B-LOC I-SPEAKER',
        'Рашад _ B-PER I-SPEAKER',
        'Мамедов _ I-PER I-SPEAKER',
        'заявил VERB O B-CUE',
        ': _ O O',
        '',
        '« _ O O',
        'Мы NPRO O B-QUOTE',
        'не _ O I-QUOTE',
        'хотели _ O I-QUOTE',
        'войны _ O I-QUOTE',
        '» _ O O',
        '. _ O O',
        '',
      ].join('\n'),
    );
  });

  it('starts each piece of a quote, and content going on after a cue inside it, with B-', () => {
    const text = '«Мы готовы, — сказал он, — к диалогу». Мир, по словам посла, возможен.';
    const doc = handDocument(text, 'rus', {
      quotes: [
        { kind: 'direct', content: ['Мы готовы,', 'к диалогу'], cue: { at: 'сказал', lemma: 'сказать' }, speaker: { at: 'он', name: null, entity: null } },
        // A hand-made overlap: the cue lies inside the content.
        { kind: 'indirect', content: ['Мир, по словам посла, возможен'], cue: { at: 'по словам', lemma: 'по словам' }, speaker: { at: 'посла', name: null, entity: null } },
      ],
    });
    const quoteColumn = renderConll(doc)
      .split('\n')
      .filter((line) => line.includes(' '))
      .slice(1)
      .map((line) => line.split(' ').filter((_, i) => i === 0 || i === 3).join(' '));
    expect(quoteColumn).toEqual([
      '« O', 'Мы B-QUOTE', 'готовы I-QUOTE', ', I-QUOTE', '— O', 'сказал B-CUE', 'он B-SPEAKER', ', O', '— O', 'к B-QUOTE', 'диалогу I-QUOTE', '» O', '. O',
      'Мир B-QUOTE', ', I-QUOTE', 'по B-CUE', 'словам I-CUE', 'посла B-SPEAKER', ', B-QUOTE', 'возможен I-QUOTE', '. O',
    ]);
  });

  it('tags a token only partly inside a span with that span', () => {
    const doc = handDocument('Азербайджано-армянский конфликт', 'rus', {
      entities: [{ type: 'LOC', name: 'Азербайджан', mentions: ['Азербайджан'] }],
    });
    expect(renderConll(doc)).toBe('-DOCSTART- -X- -X- O\n\nАзербайджано-армянский _ B-LOC O\nконфликт _ O O\n');
  });

  it('gives just the -DOCSTART- line for a document without tokens', () => {
    expect(renderConll(handDocument('', 'und'))).toBe('-DOCSTART- -X- -X- O\n');
    expect(renderConll(handDocument(' \n\t ', 'und'))).toBe('-DOCSTART- -X- -X- O\n');
  });
});
