/**
 * The gold person names of the name scorer (src/eval/names.ts): the `.coref` attributes as parts,
 * with the further given names and second surnames the annotators give as `firstname1`, `lastname1`.
 */
import { describe, expect, it } from 'vitest';
import { goldName, namePartErrorKind } from '../../src/eval/names.js';

describe('goldName', () => {
  it('takes first name, patronymic and surname into their slots', () => {
    expect(goldName([['firstname', 'Борис'], ['patronymic', 'Николаевич'], ['lastname', 'Ельцин']])).toEqual({
      first: { values: ['Борис'], optional: false },
      middle: { values: ['Николаевич'], optional: false },
      last: { values: ['Ельцин'], optional: false },
    });
  });

  it('lets a second given name stand in the middle slot, or be left out', () => {
    const name = goldName([['firstname', 'Реджеп'], ['firstname1', 'Тайип'], ['lastname', 'Эрдоган']])!;
    expect(name.middle).toEqual({ values: ['Тайип'], optional: true });
    expect(name.first.values).toEqual(['Реджеп', 'Реджеп Тайип']);
  });

  it('takes a double surname whole or by its first surname', () => {
    const name = goldName([['firstname', 'Ирина'], ['lastname', 'Саишвили'], ['lastname1', 'Чантурия']])!;
    expect(name.last.values).toEqual(['Саишвили', 'Саишвили-Чантурия', 'Саишвили Чантурия']);
  });

  it('has no name for an entity without first name, patronymic or surname', () => {
    expect(goldName([['nickname', 'Ванга']])).toBeUndefined();
  });
});

describe('namePartErrorKind: what is wrong with a part, without the text', () => {
  const gold = goldName([['firstname', 'Дарья'], ['lastname', 'Волкова']])!;
  it('a woman\'s first name made a man\'s is `gender`', () => {
    expect(namePartErrorKind(gold, 'first', 'Дарий')).toBe('gender');
  });
  it('the same stem with another ending is `ending`', () => {
    expect(namePartErrorKind(gold, 'last', 'Волковой')).toBe('ending');
  });
  it('the gold value of another part is `slot`', () => {
    expect(namePartErrorKind(gold, 'first', 'Волкова')).toBe('slot');
    expect(namePartErrorKind(gold, 'middle', 'Волкова')).toBe('slot');
  });
  it('a part the prediction leaves out is `missing`, one the gold lacks is `extra`', () => {
    expect(namePartErrorKind(gold, 'first', undefined)).toBe('missing');
    expect(namePartErrorKind(gold, 'middle', 'Петровна')).toBe('extra');
  });
  it('another word altogether is `other`', () => {
    expect(namePartErrorKind(gold, 'last', 'Смирнова')).toBe('other');
  });
});
