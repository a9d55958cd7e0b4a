/**
 * Kinds of organisation error seen on news from outside the development set, on sentences written for this file: each
 * expected value is written by hand from the Russian text (type, span as in the text, normal form).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { shown } from '../support/mentions.js';

describe('a name in quotes at the start of a sentence', () => {
  it('is the listed club though it spells a common word: «Зенит» победил', async () => {
    expect(await shown('«Зенит» победил «Спартак» со счетом 2:1.')).toEqual(['ORG Зенит → Зенит', 'ORG Спартак → Спартак']);
    expect(await shown('«Динамо» проиграло на своем поле.')).toEqual(['ORG Динамо → Динамо']);
  });

  it('leaves the common word without quotes alone: Зенит был виден', async () => {
    expect(await shown('Зенит был затянут облаками.')).toEqual([]);
  });
});

describe('an adjective and an organisation word at the start of a sentence', () => {
  it('is a name when a city\'s adjective goes with a body the city has one of: Лондонская полиция', async () => {
    expect(await shown('Лондонская полиция заявила об аресте двух человек.')).toEqual(['ORG Лондонская полиция → Лондонская полиция']);
    expect(await shown('Нью-йоркская фондовая биржа закрылась с понижением.')).toEqual(['ORG Нью-йоркская фондовая биржа → Нью-йоркская фондовая биржа']);
    expect(await shown('Петербургскую полицию обвинили в бездействии.')).toEqual(['ORG Петербургскую полицию → Петербургская полиция']);
  });

  it('is a name when the place it belongs to follows: Футбольная ассоциация Англии', async () => {
    expect(await shown('Футбольная ассоциация Англии оштрафовала клуб.')).toEqual(['ORG Футбольная ассоциация → Футбольная ассоциация', 'LOC Англии → Англия']);
  });

  it('is a name inside a sentence with a capital: заявила Британская полиция', async () => {
    expect(await shown('Об этом заявила Британская полиция.')).toEqual(['ORG Британская полиция → Британская полиция']);
  });

  it('describes a kind of organisation or a state\'s institution, and names none: Российская компания, Британская полиция', async () => {
    expect(await shown('Российская компания заключила контракт.')).toEqual([]);
    expect(await shown('Британская полиция усилила меры безопасности.')).toEqual([]);
    expect(await shown('Американская компания Германии не платит налогов.')).toEqual(['LOC Германии → Германия']);
  });
});

describe('listed names in the forms news writes them', () => {
  it('keeps the country of a bank\'s official name in the name, and joins the short form to it: Сбербанк России', async () => {
    expect(await shown('Сбербанк России сообщил о росте прибыли.')).toEqual(['ORG Сбербанк России → Сбербанк России']);
    const doc = await analyze('Акции Сбербанка России подешевели. Сбербанк объяснил это выплатой дивидендов.');
    expect(doc.entities.map((entity) => [entity.type, entity.name, entity.mentions.length])).toEqual([['ORG', 'Сбербанк России', 2]]);
  });

  it('knows an outlet by its Russian spelling and its hyphenated one: Евроньюс, Радио-Свобода', async () => {
    expect(await shown('Как сообщает Евроньюс, переговоры сорваны.')).toEqual(['ORG Евроньюс → Евроньюс']);
    expect(await shown('По данным Радио-Свобода, число задержанных выросло.')).toEqual(['ORG Радио-Свобода → Радио-Свобода']);
  });
});

describe('a body of a place named by its field', () => {
  it('is a name with its field, its place apart: Департамент образования и науки | города Москвы', async () => {
    expect(await shown('Об этом сообщили в Департаменте образования и науки города Москвы.')).toEqual([
      'ORG Департаменте образования и науки → Департамент образования и науки', 'LOC Москвы → Москва',
    ]);
    expect(await shown('Департамент здравоохранения сообщил о новых случаях.')).toEqual(['ORG Департамент здравоохранения → Департамент здравоохранения']);
  });

  it('ends before the noun of the place it belongs to: Комитете по образованию | города Москвы', async () => {
    expect(await shown('Вчера в Комитете по образованию города Москвы прошло совещание.')).toEqual([
      'ORG Комитете по образованию → Комитет по образованию', 'LOC Москвы → Москва',
    ]);
  });

  it('names nothing with its owner, or as a unit of a body named after it: Руководство компании, Служба прессы Конституционного суда', async () => {
    expect(await shown('Руководство компании приняло решение.')).toEqual([]);
    expect(await shown('Администрация района отчиталась о работе.')).toEqual([]);
    expect(await shown('Служба прессы Конституционного суда опровергла слухи.')).toEqual(['ORG Конституционного суда → Конституционный суд']);
  });
});

describe('a state body\'s short name at the start of a sentence', () => {
  it('is the body when the dictionary knows the word as nothing else: Облизбирком зарегистрировал', async () => {
    expect(await shown('Облизбирком зарегистрировал пятерых кандидатов.')).toEqual(['ORG Облизбирком → Облизбирком']);
  });

  it('leaves a common word alone: Человеком года стал врач', async () => {
    expect(await shown('Человеком года стал врач.')).toEqual([]);
  });
});
