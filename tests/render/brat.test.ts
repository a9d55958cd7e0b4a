import { describe, expect, it } from 'vitest';
import { BRAT_CONFIG, renderBrat } from '../../src/index.js';
import { AMBASSADOR, ambassadorDocument, englishDocument, handDocument } from './document.js';

describe('renderBrat', () => {
  it('writes entity mentions with their normal forms, and a quote with its kind, speaker and cue', () => {
    expect(renderBrat(ambassadorDocument())).toBe(
      [
        'T1\tLOC 6 18\tАзербайджана',
        '#1\tAnnotatorNotes T1\tАзербайджан',
        'T2\tPER 19 32\tРашад Мамедов',
        '#2\tAnnotatorNotes T2\tРашад Мамедов',
        'T3\tQuote 42 60\tМы не хотели войны',
        'A1\tKind T3 direct',
        'T4\tSpeaker 0 32\tПосол Азербайджана Рашад Мамедов',
        '#3\tAnnotatorNotes T4\tРашад Мамедов',
        'T5\tCue 33 39\tзаявил',
        '#4\tAnnotatorNotes T5\tзаявить',
        'R1\tSpeaker Arg1:T4 Arg2:T3',
        'R2\tCue Arg1:T5 Arg2:T3',
        '',
      ].join('\n'),
    );
  });

  it('counts offsets in code points, not UTF-16 code units', () => {
    const text = `😀𝔸 ${AMBASSADOR}`; // two astral characters: 4 code units, 2 code points
    const ann = renderBrat(ambassadorDocument(text));
    expect(ann).toContain('T1\tLOC 9 21\tАзербайджана\n');
    expect(ann).toContain('T4\tSpeaker 3 35\tПосол Азербайджана Рашад Мамедов\n');
  });

  it('cuts a span crossing a line break into fragments, and writes a quote in pieces as one discontinuous span', () => {
    const text = 'Рашад\nМамедов: «Мы готовы, — сказал он, — к диалогу».';
    const doc = handDocument(text, 'rus', {
      entities: [{ type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад\nМамедов'] }],
      quotes: [{ kind: 'direct', content: ['Мы готовы', 'к диалогу'], cue: { at: 'сказал', lemma: 'сказать' }, speaker: { at: 'он', name: 'Рашад Мамедов', entity: 0 } }],
    });
    expect(renderBrat(doc)).toBe(
      [
        'T1\tPER 0 5;6 13\tРашад Мамедов',
        '#1\tAnnotatorNotes T1\tРашад Мамедов',
        'T2\tQuote 16 25;42 51\tМы готовы к диалогу',
        'A1\tKind T2 direct',
        'T3\tSpeaker 36 38\tон',
        '#2\tAnnotatorNotes T3\tРашад Мамедов',
        'T4\tCue 29 35\tсказал',
        '#3\tAnnotatorNotes T4\tсказать',
        'R1\tSpeaker Arg1:T3 Arg2:T2',
        'R2\tCue Arg1:T4 Arg2:T2',
        '',
      ].join('\n'),
    );
  });

  it('groups the mentions of an entity with Equiv, writes a shared speaker once, and gives an unnamed speaker no note', () => {
    const ann = renderBrat(englishDocument());
    expect(ann).toContain('*\tEquiv T2 T6\n');
    expect(ann).toContain('*\tEquiv T3 T7\n');
    expect(ann.match(/\tSpeaker \d+ \d+\tLavrov\n/g)).toHaveLength(1);
    expect(ann).toContain('R3\tSpeaker Arg1:T13 Arg2:T12\n');
    expect(ann).toContain('R5\tSpeaker Arg1:T13 Arg2:T15\n');

    const text = 'Эксперты считают, что кризис пройдёт.';
    const unnamed = handDocument(text, 'rus', {
      quotes: [{ kind: 'indirect', content: ['кризис пройдёт'], cue: { at: 'считают', lemma: 'считать' }, speaker: { at: 'Эксперты', name: null, entity: null } }],
    });
    expect(renderBrat(unnamed)).toBe(
      ['T1\tQuote 22 36\tкризис пройдёт', 'A1\tKind T1 indirect', 'T2\tSpeaker 0 8\tЭксперты', 'T3\tCue 9 16\tсчитают', '#1\tAnnotatorNotes T3\tсчитать', 'R1\tSpeaker Arg1:T2 Arg2:T1', 'R2\tCue Arg1:T3 Arg2:T1', ''].join('\n'),
    );
  });

  it('writes a quote with no cue or speaker as its content and kind alone', () => {
    const doc = handDocument('«Мы живём в трудное время».', 'rus', { quotes: [{ kind: 'direct', content: ['Мы живём в трудное время'] }] });
    expect(renderBrat(doc)).toBe('T1\tQuote 1 25\tМы живём в трудное время\nA1\tKind T1 direct\n');
  });

  it('gives an empty file for a document with nothing to annotate', () => {
    expect(renderBrat(handDocument('', 'und'))).toBe('');
    expect(renderBrat(handDocument('Есть жертвы.', 'rus'))).toBe('');
  });

  it('declares every type, relation and attribute it writes in BRAT_CONFIG', () => {
    for (const type of ['PER', 'LOC', 'ORG', 'Quote', 'Cue', 'Speaker']) expect(BRAT_CONFIG).toMatch(new RegExp(`^${type}$`, 'm'));
    expect(BRAT_CONFIG).toMatch(/^Speaker\tArg1:Speaker, Arg2:Quote$/m);
    expect(BRAT_CONFIG).toMatch(/^Cue\tArg1:Cue, Arg2:Quote$/m);
    expect(BRAT_CONFIG).toMatch(/^Equiv\t.*<REL-TYPE>:symmetric-transitive$/m);
    expect(BRAT_CONFIG).toMatch(/^Kind\tArg:Quote, Value:direct\|indirect$/m);
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) expect(BRAT_CONFIG).toContain(section);
  });
});
