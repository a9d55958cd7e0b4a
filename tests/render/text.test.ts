import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/index.js';
import { ambassadorDocument, englishDocument, handDocument } from './document.js';

const MARKS = 'Marks: ~ entity (PER, LOC, ORG), " quote content (Qn), ^ cue (Cn), = speaker (Sn)';

describe('renderText', () => {
  it('marks entities, and a quote with its speaker and cue, under the line, then lists them', () => {
    expect(renderText(ambassadorDocument())).toBe(
      [
        'Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».',
        '      LOC~~~~~~~~~ PER~~~~~~~~~~',
        'S1============================== C1^^^^   Q1""""""""""""""""',
        '',
        'Entities:',
        '  LOC Азербайджан (1 mention: Азербайджана)',
        '  PER Рашад Мамедов (1 mention)',
        'Quotes:',
        '  Q1 direct, S1 Посол Азербайджана Рашад Мамедов → Рашад Мамедов, cue заявил → заявить',
        '     «Мы не хотели войны»',
        MARKS,
        '',
      ].join('\n'),
    );
  });

  it('wraps at whitespace to the width, marking a span cut by a line break on both lines', () => {
    const doc = handDocument('Посол Азербайджана в Казахстане Рашад Мамедов выступил с заявлением.', 'rus', {
      entities: [
        { type: 'LOC', name: 'Азербайджан', mentions: [{ text: 'Азербайджана', normal: 'Азербайджан' }] },
        { type: 'LOC', name: 'Казахстан', mentions: [{ text: 'Казахстане', normal: 'Казахстан' }] },
        { type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад Мамедов'] },
      ],
    });
    expect(renderText(doc, { width: 16 })).toBe(
      [
        'Посол',
        'Азербайджана в',
        'LOC~~~~~~~~~',
        'Казахстане Рашад',
        'LOC~~~~~~~ PER~~',
        'Мамедов выступил',
        'PER~~~~',
        'с заявлением.',
        '',
        'Entities:',
        '  LOC Азербайджан (1 mention: Азербайджана)',
        '  LOC Казахстан (1 mention: Казахстане)',
        '  PER Рашад Мамедов (1 mention)',
        MARKS,
        '',
      ].join('\n'),
    );
    expect(renderText(doc, { width: Infinity }).split('\n')[0]).toBe(doc.text);
  });

  it('cuts a word longer than the width, separates paragraphs by a blank line, and gives a plain text no list', () => {
    expect(renderText(handDocument('Нагорно-Карабахской\nреспублики', 'rus'), { width: 8 })).toBe('Нагорно-\nКарабахс\nкой\n\nреспубли\nки\n');
  });

  it('counts columns in code points and keeps tabs in the marker rows', () => {
    const emoji = handDocument('😀 Рашад Мамедов заявил.', 'rus', { entities: [{ type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад Мамедов'] }] });
    expect(renderText(emoji).split('\n').slice(0, 2)).toEqual(['😀 Рашад Мамедов заявил.', '  PER~~~~~~~~~~']);
    expect(renderText(emoji, { width: 15 }).split('\n').slice(0, 2)).toEqual(['😀 Рашад Мамедов', '  PER~~~~~~~~~~']);
    const tab = handDocument('Посол\tРашад Мамедов', 'rus', { entities: [{ type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад Мамедов'] }] });
    expect(renderText(tab).split('\n').slice(0, 2)).toEqual(['Посол\tРашад Мамедов', '     \tPER~~~~~~~~~~']);
  });

  it('puts overlapping quote parts on separate rows and labels a shared speaker with every quote', () => {
    const lines = renderText(englishDocument()).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      "Russia's Foreign Minister Sergei Lavrov said on Monday that Moscow was ready to",
      'LOC~~~                    PER~~~~~~~~~~                     LOC~~~',
      'S1===================================== C1^^                Q1"""""""""""""""""',
      'host talks between Armenia and Azerbaijan. "We are ready to help," Lavrov told',
      '                   LOC~~~~     LOC~~~~~~~                          PER~~~',
      'Q1"""""""""""""""""""""""""""""""""""""""   Q2"""""""""""""""""""  S2,3== C2^^',
    ]);
    expect(lines).toContain('  Q3 indirect, S2,3 Lavrov → Sergei Lavrov, cue adding → add');
    expect(lines).toContain('     “We are ready to help,”');

    const nested = handDocument('Он сказал, что мир возможен.', 'rus', {
      quotes: [
        { kind: 'indirect', content: ['Он сказал, что мир возможен'], cue: { at: 'сказал', lemma: 'сказать' }, speaker: { at: 'Он', name: null, entity: null } },
      ],
    });
    expect(renderText(nested).split('\n').slice(0, 4)).toEqual(['Он сказал, что мир возможен.', 'Q1"""""""""""""""""""""""""', 'S1 C1^^^^', '']);
  });

  it('gives the empty string for an empty document, and checks its options', () => {
    expect(renderText(handDocument('', 'und'))).toBe('');
    const doc = ambassadorDocument();
    for (const width of [0, -1, 1.5, Number.NaN, '80']) expect(() => renderText(doc, { width: width as number })).toThrow(RangeError);
    expect(() => renderText(doc, { wdth: 40 } as never)).toThrow(/unknown option `wdth`/);
    expect(renderText(doc, { width: 1 }).startsWith('П\nS1\nо\nS1\n')).toBe(true); // a label longer than its span runs past it
  });
});
