import { analyze } from '../../src/index.js';
import { loadCorpus, newsOfSize } from './corpus.js';
const N = 1_000_000;
const fill = (u: string) => u.repeat(Math.ceil(N / u.length)).slice(0, N);
const news = newsOfSize(loadCorpus().texts, N);
const inputs: Record<string, string> = {
  news, 'a ': fill('a '), 'А.': fill('А.'), '1.': fill('1.'), '1 ': fill('1 '), 'spaces': fill(' '), tabs: fill('\t'), '«а» ': fill('«а» '),
  urls: fill('http://a.ru '), ats: fill('@'), hashes: fill('#'), 'a.b': fill('a.b'), 'Иван.Иван.': fill('Иван.'), 'т.е. ': fill('т.е. '), 'г. ': fill('г. '),
  zalgo: 'а' + fill('\u0301').slice(1), emoji: fill('😀'), cjk: fill('中文'), arabic: fill('عربي '), 'mixed scripts lines': fill('Hello мир\n'), 'Latin paragraphs': fill('The ambassador said that Kazakhstan should not be involved. '),
  'a\\r': fill('а\r'), ':)': fill(':)'), '=)))': fill('=)))'), '...?!': fill('...?!'), 'ru-en words': fill('Москва-City '), 'numbers': fill('20.09.2023 08:50 '), 'hyphen words': fill('что-то-где-то'),
  'Э-lines': fill('Э\n'), 'ї-lines': fill('ї\n'), 'ə lines': fill('ə\n'), 'Word lines': fill('Слово\n'), 'two-word lines': fill('Лента новостей\n'),
};
const gc = (globalThis as any).gc ?? (() => {});
const res: [string, number][] = [];
for (let round = -1; round < 2; round++) for (const [name, text] of Object.entries(inputs)) { gc(); const t0 = performance.now(); await analyze(text); const ms = performance.now() - t0; if (round === 1) res.push([name, ms]); }
const base = res[0]![1];
for (const [name, ms] of res) console.log(name.padEnd(22), ms.toFixed(0).padStart(6), (ms / base).toFixed(2));
