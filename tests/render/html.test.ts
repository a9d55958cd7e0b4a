import { describe, expect, it } from 'vitest';
import { analyze, renderHtml } from '../../src/index.js';
import { htmlProblems, paragraphTexts, unscopedSelectors } from './check.js';
import { ambassadorDocument, englishDocument, handDocument } from './document.js';

/** The paragraphs of a page with each mark's `<span …>` reduced to `<its classes>` and `</span>` to `</>`. */
const skeleton = (html: string): string =>
  html
    .slice(html.indexOf('<main class="text">') + 20, html.indexOf('</main>'))
    .replace(/<span class="([^"]*)"[^>]*>/g, '<$1>')
    .replace(/<\/span>/g, '</>');

describe('renderHtml', () => {
  it('nests an entity inside a speaker, and marks the cue and the quote content', () => {
    const html = renderHtml(ambassadorDocument());
    expect(skeleton(html)).toBe('<p lang="ru"><spk>Посол <e e-LOC>Азербайджана</> <e e-PER>Рашад Мамедов</></> <cue>заявил</>: «<q>Мы не хотели войны</>».</p>\n');
    expect(htmlProblems(html)).toEqual([]);
  });

  it('shows the normal form, canonical name and rule of an entity, and the kind, cue lemma, speaker name and pattern of a quote, on hover', () => {
    const html = renderHtml(ambassadorDocument());
    expect(html).toContain('<span class="e e-LOC" data-type="LOC" title="LOC (place): Азербайджан&#10;rule: listed">Азербайджана</span>');
    expect(html).toContain('<span class="e e-PER" data-type="PER" title="PER (person): Рашад Мамедов&#10;rule: first middle? last">Рашад Мамедов</span>');
    expect(html).toContain('<span class="q" data-q="0" data-n="1" title="quote 1, direct&#10;cue: заявить&#10;speaker: Рашад Мамедов&#10;pattern: X сказал: «…»">');
    expect(html).toContain('<span class="cue" data-q="0" title="cue of quote 1: заявить">');
    expect(html).toContain('<span class="spk" data-q="0" title="speaker of quote 1: Рашад Мамедов">');
    // A mention whose normal form is not the canonical name; a speaker shared by two quotes.
    const english = renderHtml(englishDocument());
    expect(english).toContain('<span class="e e-PER" data-type="PER" title="PER (person): Sergei Lavrov&#10;normal form: Lavrov&#10;rule: by hand">Lavrov</span>');
    expect(english).toContain('<span class="spk" data-q="1 2" title="speaker of quotes 2,3: Sergei Lavrov">');
  });

  it("shows on hover whether a place is named as a territory or as a body, and the body", async () => {
    const html = renderHtml(await analyze('Правительство Японии ответило. В Японии холодно.'));
    expect(html).toContain('title="LOC (place): Япония&#10;as a body (state, government or people): Правительство Японии&#10;rule: listed">Японии</span>');
    expect(html).toContain('title="LOC (place): Япония&#10;as a territory&#10;rule: listed">Японии</span>');
  });

  it('lists entities and quotes below the text, with a legend of the types', () => {
    const html = renderHtml(ambassadorDocument());
    expect(html).toContain('<td><span class="e e-PER">PER</span></td><td>Рашад Мамедов</td><td class="n">1</td>');
    expect(html).toContain('<li data-q="0"><span class="who">Рашад Мамедов</span> <span class="meta">(Посол Азербайджана Рашад Мамедов)</span> — <span class="said">«Мы не хотели войны»</span>');
    for (const label of ['>PER<', '>LOC<', '>ORG<', '>quote content<', '>cue<', '>speaker<']) expect(html).toContain(label);
  });

  it('escapes the text, so markup in the input is shown, not run', () => {
    const text = '<script>alert("x")</script> & <b>Рашад Мамедов</b> \'1 < 2\'';
    const doc = handDocument(text, 'rus', { entities: [{ type: 'PER', name: 'Рашад <Мамедов>', mentions: ['Рашад Мамедов'] }] });
    const html = renderHtml(doc, { title: '<i>title</i>' });
    expect(html.match(/<script>/g)).toHaveLength(1); // the page's own
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;<span class="e e-PER" data-type="PER" title="PER (person): Рашад &lt;Мамедов&gt;');
    expect(html).toContain('<title>&lt;i&gt;title&lt;/i&gt;</title>');
    expect(htmlProblems(html)).toEqual([]);
    expect(paragraphTexts(html)).toEqual([text]);
  });

  it('nests crossing spans properly: a mark is split where one that started inside it goes on past its end', () => {
    const text = 'Посол Рашад Мамедов заявил, что мир возможен.';
    const doc = handDocument(text, 'rus', {
      entities: [{ type: 'PER', name: 'Рашад Мамедов', mentions: ['Рашад Мамедов'] }],
      quotes: [
        // Hand-made overlaps no pipeline gives: content crossing the speaker and the entity.
        { kind: 'indirect', content: ['Мамедов заявил, что мир'], cue: { at: 'заявил', lemma: 'заявить' }, speaker: { at: 'Посол Рашад', name: null, entity: null } },
      ],
    });
    const html = renderHtml(doc);
    expect(htmlProblems(html)).toEqual([]);
    expect(paragraphTexts(html)).toEqual([text]);
    expect(skeleton(html)).toBe(
      '<p lang="ru"><spk>Посол <e e-PER>Рашад</></><e e-PER> <q>Мамедов</></><q> <cue>заявил</>, что мир</> возможен.</p>\n',
    );
    // The type label goes on the last piece of a split mention only.
    expect(html.match(/data-type="PER"/g)).toHaveLength(1);
    expect(html).toContain('<span class="e e-PER" data-type="PER" title="PER (person): Рашад Мамедов&#10;rule: by hand"> <span class="q"');
  });

  it('gives each paragraph its language as a BCP 47 tag', () => {
    const doc = handDocument('Посол заявил.\nBizim partnyorlarımız\nThe ambassador said.\nxyz', 'rus');
    ['rus', 'azj', 'eng', 'und'].forEach((language, i) => (doc.paragraphs[i]!.language = language));
    const html = renderHtml(doc);
    expect(html).toContain('<html lang="ru">');
    expect([...html.matchAll(/<p lang="([^"]*)">/g)].map((match) => match[1])).toEqual(['ru', 'az', 'en', 'und']);
    expect(renderHtml(englishDocument())).toContain('<html lang="en">');
  });

  it('gives a page with no text for an empty document, and checks its options', () => {
    const html = renderHtml(handDocument('', 'und'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="und">')).toBe(true);
    expect(html).toContain('<title>rech</title>');
    expect(html).toContain('<main class="text">\n</main>');
    expect(html).toContain('No entities.');
    expect(htmlProblems(html)).toEqual([]);
    expect(() => renderHtml(ambassadorDocument(), { title: 5 as never })).toThrow(/`options.title` must be a string/);
    expect(() => renderHtml(ambassadorDocument(), { tittle: 'x' } as never)).toThrow(/unknown option `tittle`/);
  });

  it('labels every entity mention with its type, in an attribute the styles write after it, so the type reads without colour', () => {
    const html = renderHtml(englishDocument());
    const mentions = englishDocument().entities.flatMap((entity) => entity.mentions);
    expect([...html.matchAll(/<span class="e e-(PER|LOC|ORG)" data-type="(PER|LOC|ORG)"/g)].map((match) => [match[1], match[2]])).toEqual(
      [...mentions].sort((a, b) => a.start - b.start).map((mention) => [mention.type, mention.type]),
    );
    expect(html).toContain('.rech .e[data-type]::after { content: attr(data-type);');
    // Generated content: the paragraphs' text stays the document's text.
    expect(paragraphTexts(html)).toEqual([englishDocument().text]);
  });

  it('gives a fragment to embed: one <div class="rech">, no page around it, every style under .rech, the script inside', () => {
    const doc = ambassadorDocument();
    const fragment = renderHtml(doc, { fragment: true });
    expect(fragment.startsWith('<div class="rech" lang="ru">\n<style>')).toBe(true);
    expect(fragment.endsWith('</script>\n</div>\n')).toBe(true);
    expect(fragment).not.toMatch(/<!DOCTYPE|<html|<head|<body|<title|<meta|<main|<h1/i);
    expect(unscopedSelectors(fragment, '.rech')).toEqual([]);
    expect(htmlProblems(fragment)).toEqual([]);
    expect(paragraphTexts(fragment)).toEqual([doc.text]);
    expect(fragment).toContain('<span class="e e-PER" data-type="PER" title="PER (person): Рашад Мамедов&#10;rule: first middle? last">Рашад Мамедов</span>');
    // The script listens on its own .rech element, not on the page.
    expect(fragment).toContain('})(document.currentScript && document.currentScript.parentNode);');
    expect(fragment).not.toMatch(/document\.(addEventListener|querySelectorAll)/);
    // The page has the same rendering inside its own .rech, and styles its body besides.
    const page = renderHtml(doc);
    expect(unscopedSelectors(page, '.rech')).toEqual(['body']);
    expect(page).toContain('<body>\n<div class="rech">\n<h1>');
    // A title, when given, heads the fragment.
    expect(renderHtml(doc, { fragment: true, title: 'Sputnik <5 окт>' })).toContain('</style>\n<div class="title">Sputnik &lt;5 окт&gt;</div>\n<div class="legend">');
  });

  it('shows the layers asked for: entities only, quotes only, or the text alone', () => {
    const doc = ambassadorDocument();
    const entities = renderHtml(doc, { fragment: true, layers: ['entities'] });
    expect(entities).toContain('class="e e-PER"');
    expect(entities).not.toMatch(/class="(q|cue|spk|quote-list)"|data-q=|<script>/);
    expect(entities).toContain('<section class="entities">');
    const quotes = renderHtml(doc, { layers: ['quotes'] });
    expect(quotes).not.toMatch(/class="e |data-type=|<section class="entities">/);
    expect(skeleton(quotes)).toBe('<p lang="ru"><spk>Посол Азербайджана Рашад Мамедов</> <cue>заявил</>: «<q>Мы не хотели войны</>».</p>\n');
    const none = renderHtml(doc, { fragment: true, layers: [] });
    expect(none).not.toMatch(/<span|<section|<script/);
    expect(paragraphTexts(none)).toEqual([doc.text]);
    for (const html of [entities, quotes, none]) expect(htmlProblems(html)).toEqual([]);
    expect(renderHtml(doc, { layers: ['quotes', 'entities'] })).toBe(renderHtml(doc));
  });

  it('checks fragment and layers, naming the option and what it expects', () => {
    const doc = ambassadorDocument();
    expect(() => renderHtml(doc, { fragment: 'yes' as never })).toThrow(new TypeError('rech: `options.fragment` must be a boolean, got the string "yes"'));
    expect(() => renderHtml(doc, { layers: 'entities' as never })).toThrow(new TypeError('rech: `options.layers` must be an array of layer names, got the string "entities"'));
    expect(() => renderHtml(doc, { layers: ['entities', 'tokens'] as never })).toThrow(new RangeError('rech: `options.layers` may hold entities and quotes, got the string "tokens"'));
  });

  it('loads nothing: no external resources', () => {
    const html = renderHtml(englishDocument());
    expect(html).not.toMatch(/\b(src|href)=|@import|url\(/);
  });
});
