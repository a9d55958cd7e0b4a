/**
 * Language identification (src/language/identify.ts) on English news: whole documents, short
 * paragraphs inside a Russian article, and the Cyrillic languages that must not pass for Russian.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const RUSSIAN = 'Посол Азербайджана в Казахстане Рашад Мамедов выступил с заявлением о конфликте в Карабахе.';

const ENGLISH = [
  'BAKU, Oct 5 (Reuters) -',
  'WASHINGTON (AP) —',
  'Hello.',
  'The talks ended without a deal.',
  'Blinken met Lavrov in Geneva on Friday.',
  'Writing by Tom Balmforth; editing by Peter Graff',
  'Reporting by Nailia Bagirova; Editing by Mark Heinrich',
  'Sen. Chuck Schumer, D-N.Y., said the Senate would vote next week.',
  '"We will win," Smith said.',
];

describe('English news is labelled eng', () => {
  it.each(ENGLISH)('inside a Russian article: %s', async (line) => {
    const doc = await analyze(`${RUSSIAN}\n${line}\n${RUSSIAN}`);
    expect(doc.paragraphs.map((p) => p.language)).toEqual(['rus', 'eng', 'rus']);
  });

  it('a whole English document, with its short lines', async () => {
    const doc = await analyze(ENGLISH.join('\n'));
    expect(doc.language).toBe('eng');
    expect(doc.paragraphs.map((p) => p.language)).toEqual(ENGLISH.map(() => 'eng'));
  });
});

describe('Cyrillic lines of other languages are not Russian', () => {
  it.each([
    ['ukr', 'Президент України Володимир Зеленський заявив, що переговори тривають.'],
    ['ukr', 'Київ'],
    ['kaz', 'Қазақстан Республикасының Президенті мәлімдеме жасады.'],
  ])('%s: %s', async (language, line) => {
    const doc = await analyze(`${RUSSIAN}\n${line}`);
    expect(doc.paragraphs[1]!.language).toBe(language);
  });
});
