/**
 * The paradigm probes of person names (tests/entities/names-paradigm*.test.ts): a table of people, each with its six
 * case forms written by hand, put into news frames that govern each case; the PER entity on the form must have the
 * parts of the nominative.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** `о` before a consonant, `об` before a vowel (`об Иване`). */
const about = (name: string): string => (/^[АОУЭИЫ]/.test(name) ? 'об' : 'о');

/** News frames that govern each case; a person takes the frame at its index (modulo the count), so frames vary. */
export const FRAMES: Record<Case, readonly ((name: string, woman: boolean) => string)[]> = {
  nomn: [
    (x, w) => `Об этом сообщил${w ? 'а' : ''} ${x}.`,
    (x, w) => `${x} заявил${w ? 'а' : ''} журналистам, что не намерен${w ? 'а' : ''} уходить в отставку.`,
    (x, w) => `В заседании принял${w ? 'а' : ''} участие ${x}.`,
  ],
  gent: [
    (x) => `По словам ${x}, решение уже принято.`,
    (x) => `Заявление ${x} вызвало споры в парламенте.`,
    (x) => `Суд продлил срок ареста ${x} на два месяца.`,
  ],
  datv: [
    (x) => `Премию вручили ${x}.`,
    (x) => `Губернатор выразил благодарность ${x}.`,
    (x) => `Обвинение было предъявлено ${x} в понедельник.`,
  ],
  accs: [
    (x) => `Суд арестовал ${x}.`,
    (x) => `Полиция задержала ${x} в аэропорту.`,
    (x) => `Журналисты спросили ${x} о планах на будущее.`,
  ],
  ablt: [
    (x) => `Встреча с ${x} прошла в Кремле.`,
    (x) => `Контракт с ${x} продлен до 2027 года.`,
    (x) => `Министр встретился с ${x} в Москве.`,
  ],
  loct: [
    (x) => `Речь шла ${about(x)} ${x}.`,
    (x) => `В докладе говорится ${about(x)} ${x}.`,
    (x) => `Журналисты много писали ${about(x)} ${x}.`,
  ],
};

/**
 * One person: `m` or `f`, the six forms (nominative, genitive, dative, accusative, instrumental, locative), and the
 * parts of the normal form as `first/middle/last` (`-` for a part the name lacks, `*` for a part not checked: an
 * initial).
 */
export type Person = readonly [gender: 'm' | 'f', nomn: string, gent: string, datv: string, accs: string, ablt: string, loct: string, parts: string];

/** The parts `first/middle/last` of the PER entity with a mention on exactly `start..end`, or `none`. */
async function partsAt(text: string, start: number, end: number): Promise<string> {
  const doc = await analyze(text);
  const entity = doc.entities.find((e) => e.type === 'PER' && e.mentions.some((m) => m.start === start && m.end === end));
  if (!entity) {
    const near = doc.entities.filter((e) => e.type === 'PER').map((e) => e.mentions.map((m) => m.text).join('|'));
    return `none (PER: ${near.join('; ') || '–'})`;
  }
  const parts = entity.parts ?? {};
  return [parts.first, parts.middle, parts.last].map((part) => part ?? '-').join('/');
}

/**
 * The paradigm of each person: one test per case, in the frame at the person's index; a case in `known`
 * (`nominative|case` → the reason) is expected to fail.
 */
export function describeParadigm(title: string, people: readonly Person[], known: Readonly<Record<string, string>>): void {
  describe(title, () => {
    people.forEach((person, index) => {
      const [gender, , , , , , , parts] = person;
      const nominative = person[1];
      describe(nominative, () => {
        CASES.forEach((wordCase, caseIndex) => {
          const form = person[caseIndex + 1]!;
          const frames = FRAMES[wordCase];
          const text = frames[index % frames.length]!(form, gender === 'f');
          const key = `${nominative}|${wordCase}`;
          const reason = known[key];
          (reason ? it.fails : it)(`${wordCase}: ${text}${reason ? ` (known: ${reason})` : ''}`, async () => {
            const start = text.indexOf(form);
            const got = await partsAt(text, start, start + form.length);
            const expected = parts.split('/');
            const gotParts = got.split('/');
            // An initial's part is not checked (`*`): only its place in the name is.
            const compared = expected.map((part, i) => (part === '*' ? '*' : gotParts[i] ?? got)).join('/');
            expect(compared).toBe(parts);
          });
        });
      });
    });
  });
}
