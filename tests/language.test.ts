import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../src/index.js';
import { identifyLanguages, knownLanguages } from '../src/language/identify.js';
import data from '../src/data/languages.json';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => readFileSync(`${ROOT}fixtures/${name}.txt`, 'utf8');

const RUSSIAN = [
  'Посол напомнил, что по всем международным соглашениям территория Нагорного Карабаха входит в состав Азербайджана.',
  'Рашад Мамедов подчеркнул, что Казахстан официально не признавал отделение Нагорного Карабаха от Азербайджана.',
  'Казахстан выразил глубокую обеспокоенность эскалацией конфликта и призвал стороны к переговорам.',
];
const ENGLISH = 'The ambassador said that Kazakhstan should not be involved in the conflict between Azerbaijan and Armenia.';
const UKRAINIAN = 'Посол заявив, що Казахстан не повинен втручатися у конфлікт між Азербайджаном і Вірменією.';
const KAZAKH = 'Елші Қазақстан қақтығысқа араласпауы керек екенін мәлімдеді.';
const AZERBAIJANI = 'Səfir bildirib ki, Qazaxıstan münaqişəyə qoşulmamalıdır.';
const BELARUSIAN = 'Амбасадар Азербайджана ў Казахстане заклікаў Казахстан дапамагчы Азербайджану ва ўзброеным канфлікце з Арменіяй.';
const BULGARIAN = 'Министърът на външните работи заяви, че България подкрепя диалога между двете страни и призова за мирно решение на конфликта.';

/** The language of each paragraph of `text`, keyed by the paragraph. */
async function languagesOf(text: string): Promise<Map<string, string>> {
  const doc = await analyze(text);
  return new Map(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.language]));
}

describe('seed articles', () => {
  it('calls every paragraph of the first article Russian, however short', async () => {
    const doc = await analyze(fixture('000_4a3131ec37a1ee70'));
    expect(doc.language).toBe('rus');
    const languages = new Map(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.language]));
    expect(languages.get('Подписаться')).toBe('rus');
    expect(languages.get('Лента новостей')).toBe('rus');
    expect(languages.get('Обострение конфликта между Азербайджаном и Арменией')).toBe('rus');
    // The last paragraph, `0`, has no letters and takes the document language.
    expect(languages.get('0')).toBe('rus');
    expect(doc.paragraphs.filter((paragraph) => paragraph.language !== 'rus').map((paragraph) => paragraph.text)).toEqual([]);
  });

  it('calls the second article Russian except its Azerbaijani line', async () => {
    const doc = await analyze(fixture('001_78ac929fa1834338'));
    expect(doc.language).toBe('rus');
    const languages = new Map(doc.paragraphs.map((paragraph) => [paragraph.text, paragraph.language]));
    expect(languages.get('Свобода людям, независимость нациям!')).toBe('rus');
    expect(languages.get('178 20.09.2023 08:50 Новости часа A A')).toBe('rus');
    expect(languages.get('Лента новостей')).toBe('rus');
    expect(languages.get('Предыдущие новости')).toBe('rus');
    // No ы, э or ё, and franc leans Bulgarian: the `Э` of `Энтони` and the Russian document settle it.
    expect(languages.get('19 сентября госсекретарь США Энтони Блинкен позвонил президенту Азербайджанской Республики Ильхаму Алиеву.')).toBe(
      'rus',
    );
    expect(languages.get('Bizim partnyorlarımız')).toBe('azj');
    expect(doc.paragraphs.filter((paragraph) => paragraph.language !== 'rus').map((paragraph) => paragraph.text)).toEqual([
      'Bizim partnyorlarımız',
    ]);
  });
});

describe('single paragraphs', () => {
  it.each([
    ['English', ENGLISH, 'eng'],
    ['Ukrainian', UKRAINIAN, 'ukr'],
    ['Ukrainian, one word with ї', 'Київ', 'ukr'],
    ['Kazakh', KAZAKH, 'kaz'],
    ['Kazakh, short', 'Жаңалықтар', 'kaz'],
    ['Azerbaijani', AZERBAIJANI, 'azj'],
    ['Azerbaijani, one word with ə', 'Azərbaycan', 'azj'],
    ['Belarusian', BELARUSIAN, 'bel'],
    ['Bulgarian, long enough for franc', BULGARIAN, 'bul'],
    ['Turkish', 'Türkiye Cumhurbaşkanı açıklama yaptı.', 'tur'],
    ['short Russian', 'Подписаться', 'rus'],
    ['Russian that franc calls Bulgarian', 'Лента новостей', 'rus'],
    ['Russian that franc calls Ukrainian', 'Свобода людям, независимость нациям!', 'rus'],
    // No ы, э or ё, and no ъ before a consonant (Bulgarian's vowel), which any long Bulgarian line shows.
    ['Russian that franc calls Bulgarian, long', 'Вчера прошла встреча Бориса Джонсона с журналистами.', 'rus'],
    // Russian's own ъ stands before е, ё, ю, я.
    ['Russian with its hard sign', 'Вчера министр объявил о съезде партии в Сочи и подъеме цен.', 'rus'],
    ['Bulgarian by its vowel ъ', 'Вчера в София се проведе среща на министрите на външните работи.', 'bul'],
    // More Latin letters than Cyrillic, but all in capitalised names: the running text is Russian.
    ['Russian around English names', 'Hewlett-Packard берёт пример с Google', 'rus'],
    ['English around a Russian name', 'Мария Захарова said the talks would continue next week.', 'eng'],
    // The words in «…» are the speaker's, not the running text's: a Russian paragraph quoting English is Russian.
    ['Russian around an English quote', '«We are incredibly proud of this phone», — сказал Кук на презентации.', 'rus'],
    ['English in «…» alone', '«We are incredibly proud of this phone, and we think you will love it».', 'eng'],
    // franc alone: Scots, and Haitian Creole with Scots left out.
    ['English that franc calls Scots', 'Maria Zakharova said the talks would continue next week.', 'eng'],
    ['English that franc calls Scots, short', 'We did not want war.', 'eng'],
    // franc alone: Afrikaans, then Turkmen; the function words we, not, said tell.
    ['English that franc calls Afrikaans', '"We will not give up," Ukrainian President Volodymyr Zelensky said.', 'eng'],
    ['Romanian, short', 'Ministrul a declarat că negocierile continuă.', 'ron'],
  ])('%s', async (_name, text, expected) => {
    const result = await identifyLanguages([text]);
    expect(result.paragraphs).toEqual([expected]);
    expect(result.document).toBe(expected);
  });

  it('does not call the Azerbaijani seed line Russian, even alone', async () => {
    expect((await identifyLanguages(['Bizim partnyorlarımız'])).paragraphs[0]).not.toBe('rus');
  });

  it('tells Serbian or Bosnian by ђ, ћ and ј, and Macedonian by ѓ and ќ', async () => {
    const serbian = 'Амбасадор је рекао да Казахстан не треба да се меша у сукоб између Азербејџана и Јерменије, већ да помогне ђацима.';
    const macedonian = 'Амбасадорот изјави дека Казахстан не треба да се меша во конфликтот меѓу Азербејџан и Ерменија, туку да помогне на луѓето.';
    const { paragraphs } = await identifyLanguages([serbian, macedonian]);
    expect(['srp', 'bos']).toContain(paragraphs[0]);
    expect(paragraphs[1]).toBe('mkd');
  });
});

describe('documents', () => {
  it('gives `und` for no paragraphs', async () => {
    expect(await identifyLanguages([])).toEqual({ document: 'und', paragraphs: [] });
    const doc = await analyze('');
    expect(doc.language).toBe('und');
    expect(doc.paragraphs).toEqual([]);
  });

  it('gives paragraphs without letters the document language', async () => {
    expect(await identifyLanguages([RUSSIAN[0]!, '2023', '08:50 — 12,5 %', RUSSIAN[1]!])).toEqual({
      document: 'rus',
      paragraphs: ['rus', 'rus', 'rus', 'rus'],
    });
    expect(await identifyLanguages([ENGLISH, '2023'])).toEqual({ document: 'eng', paragraphs: ['eng', 'eng'] });
  });

  it('gives `und` to a document of digits and punctuation only', async () => {
    expect(await identifyLanguages(['2023', '08:50', '— 1/2 —'])).toEqual({ document: 'und', paragraphs: ['und', 'und', 'und'] });
  });

  it('finds one English and one Ukrainian paragraph in a Russian document', async () => {
    const languages = await languagesOf([RUSSIAN[0], ENGLISH, 'Лента новостей', RUSSIAN[1], UKRAINIAN, RUSSIAN[2]].join('\n\n'));
    expect([...languages.values()]).toEqual(['rus', 'eng', 'rus', 'rus', 'ukr', 'rus']);
    expect((await analyze([RUSSIAN[0], ENGLISH, RUSSIAN[1]].join('\n'))).language).toBe('rus');
  });

  it('takes the language of most of the text as the document language', async () => {
    const result = await identifyLanguages([UKRAINIAN, UKRAINIAN.replace('Посол', 'Дипломат'), RUSSIAN[0]!, 'Новини']);
    expect(result.document).toBe('ukr');
    // `Новини` fits Russian as well as Ukrainian; the document decides.
    expect(result.paragraphs).toEqual(['ukr', 'ukr', 'rus', 'ukr']);
  });

  it('uses the document language for short lines that fit it', async () => {
    const russian = await identifyLanguages([...RUSSIAN, 'Новини', 'Главная']);
    expect(russian.paragraphs.slice(3)).toEqual(['rus', 'rus']);
    // Short English lines in a Russian document: franc alone calls these Romanian and Kapampangan.
    expect((await identifyLanguages([...RUSSIAN, 'Read more', 'Breaking news'])).paragraphs.slice(3)).toEqual(['eng', 'eng']);
  });
});

describe('languages franc knows', () => {
  it('reads from franc\'s data module the languages franc itself gives in each script', async () => {
    const { francAll } = await import('franc');
    const known = await knownLanguages();
    for (const [script, letter] of [['Latin', 'a'], ['Cyrillic', 'а']] as const) {
      const fromFranc = francAll(letter, { minLength: 1, ignore: [...data.ignore] }).map(([language]) => language);
      expect([...known.get(script)!].sort()).toEqual(fromFranc.sort());
    }
  });

  it('takes a short Latin line of a Russian document for English without loading franc', async () => {
    vi.resetModules();
    const fresh = await import('../src/language/identify.js');
    const result = await fresh.identifyLanguages([RUSSIAN[0]!, 'Corporate Chess Open 2024', RUSSIAN[1]!]);
    expect(result.paragraphs).toEqual(['rus', 'eng', 'rus']);
    expect(fresh.francLoaded()).toBe(false);
  });
});

describe('the hint', () => {
  it('is the document language and the prior for short lines', async () => {
    expect(await identifyLanguages(['Новини', 'Головна'], 'ukr')).toEqual({ document: 'ukr', paragraphs: ['ukr', 'ukr'] });
    expect(await identifyLanguages(['Новини', 'Головна'])).toEqual({ document: 'rus', paragraphs: ['rus', 'rus'] });
  });

  it('does not override what the letters or franc make clear', async () => {
    expect(await identifyLanguages([ENGLISH, UKRAINIAN, KAZAKH, '2023'], 'rus')).toEqual({
      document: 'rus',
      paragraphs: ['eng', 'ukr', 'kaz', 'rus'],
    });
  });

  it('reaches the identifier through analyze', async () => {
    const doc = await analyze('Новини\n\nГоловна', { language: 'ukr' });
    expect(doc.language).toBe('ukr');
    expect(doc.paragraphs.map((paragraph) => paragraph.language)).toEqual(['ukr', 'ukr']);
  });
});

describe('robustness', () => {
  it('never throws on odd strings', async () => {
    const odd = ['\uD800', '\uDC00a\uD800', '\u0000\u0001\u001F\u007F', '😀😀', '\u0483\u0488', 'İ', 'ǝǝǝ', 'x\uD83D', '\uFEFF', '\u200B\u200D'];
    const result = await identifyLanguages(odd);
    expect(result.paragraphs).toHaveLength(odd.length);
    for (const language of result.paragraphs) expect(language).toMatch(/^[a-z]{3}$/);
  });

  it('reads only the start of a huge paragraph', async () => {
    const started = performance.now();
    const result = await identifyLanguages(['а'.repeat(1_000_000), 'ї'.repeat(1_000_000), 'z'.repeat(1_000_000)]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.paragraphs.slice(0, 2)).toEqual(['rus', 'ukr']);
  });
});
