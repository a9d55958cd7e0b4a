import type { Entity, EntityType, Quote, RechDocument } from '../model.js';
import { describe } from '../errors.js';
import { collectMarks, expectDocument, expectOptions, mentionForms, quotationMarks, quoteNumbers, truncate, typeToken, type Mark } from './marked-spans.js';

/**
 * A layer {@link renderHtml} can show: `entities` (the mentions marked by type, and the list of
 * entities) or `quotes` (content, cues and speakers marked, and the list of quotes).
 *
 * @example
 * ```ts
 * import type { HtmlLayer } from 'rech';
 * const layers: HtmlLayer[] = ['entities'];
 * ```
 *
 * @group Rendering
 */
export type HtmlLayer = 'entities' | 'quotes';

/** Every {@link HtmlLayer}, the default of `layers`. */
const HTML_LAYERS: readonly HtmlLayer[] = ['entities', 'quotes'];

/**
 * Options for {@link renderHtml}.
 *
 * @example
 * ```ts
 * import { analyze, renderHtml } from 'rech';
 * const doc = await analyze('Посол заявил.');
 * renderHtml(doc, { title: 'Sputnik, 5 October' }); // a page
 * renderHtml(doc, { fragment: true, layers: ['quotes'] }); // a <div class="rech"> to embed, quotes only
 * ```
 *
 * @group Rendering
 */
export interface RenderHtmlOptions {
  /**
   * The title: the page's `<title>` and heading (default: the first paragraph, cut to 80 characters,
   * or `rech` for an empty document). A fragment shows it only when given, in a `<div class="title">`.
   */
  title?: string;
  /**
   * `true` for a fragment to put into a page of your own: one `<div class="rech">` with no
   * `<html>`, `<head>` or `<body>`, whose styles all sit under `.rech` and whose script reaches
   * nothing outside it, so that several fragments live on one page. Default `false`: a whole page.
   */
  fragment?: boolean;
  /** The layers to show, marked in the text and listed below it, in any order. Default: every one of {@link HtmlLayer}. */
  layers?: readonly HtmlLayer[];
}

/**
 * ISO 639-3 codes (as `franc` gives them) whose BCP 47 tag is a two-letter
 * code. Any other code is already a valid BCP 47 language subtag and is kept.
 */
const BCP47: Record<string, string> = {
  rus: 'ru', eng: 'en', ukr: 'uk', bel: 'be', kaz: 'kk', kir: 'ky', tgk: 'tg', uzn: 'uz', azj: 'az', azb: 'az',
  tuk: 'tk', tat: 'tt', bak: 'ba', hye: 'hy', kat: 'ka', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt',
  nld: 'nl', pol: 'pl', ces: 'cs', slk: 'sk', bul: 'bg', mkd: 'mk', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  ron: 'ro', hun: 'hu', fin: 'fi', est: 'et', lvs: 'lv', lit: 'lt', swe: 'sv', dan: 'da', nob: 'nb', ell: 'el',
  tur: 'tr', heb: 'he', arb: 'ar', pes: 'fa', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', vie: 'vi', ind: 'id',
};

/** The `lang` attribute for a language code: `rus` → `ru`, `und` stays `und` (undetermined, valid BCP 47). */
const htmlLanguage = (code: string): string => (Object.hasOwn(BCP47, code) ? BCP47[code]! : /^[a-z]{2,3}$/.test(code) ? code : 'und');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;', '\0': '\ufffd' };

/**
 * Text escaped for HTML content and attribute values (a newline becomes `&#10;`, for multi-line `title` tooltips).
 * Any value is made a string first: a hand-built document may hold anything where a string belongs.
 */
const escape = (text: unknown): string => String(text).replace(/[&<>"'\n\0]/g, (c) => ESCAPES[c]!);

const TYPE_NAMES: Record<EntityType, string> = { PER: 'person', LOC: 'place', ORG: 'organisation' };

/**
 * The styles, every selector under `.rech`, so that they style the rendering and nothing else of a
 * page it is embedded in. An entity's type is written after it (`PER`), from its `data-type`, so it
 * reads without colour; being generated content, the label is not part of the text (copying the text
 * copies the text alone).
 */
const STYLE = `
.rech { --per: #d4e4ff; --per-line: #3b6fd8; --loc: #d3f2d3; --loc-line: #2f8f3e; --org: #ffe0c0; --org-line: #d2711a;
  --quote: #fff4c2; --quote-line: #c9a100; --cue: #a3005c; --speaker: #6b3fc8; line-height: 1.75; }
.rech h1, .rech .title { font-size: 1.35em; font-weight: 650; line-height: 1.3; margin: 0 0 .4em; }
.rech h2 { font-size: 1.05em; margin: 2em 0 .5em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.rech .legend { font-size: .85em; color: #555; margin: 0 0 1.2em; display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: center; }
.rech .text p { margin: 0 0 .9em; }
.rech .e { border-radius: 3px; padding: 1px 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.rech .e-PER { background: var(--per); box-shadow: inset 0 -2px var(--per-line); }
.rech .e-LOC { background: var(--loc); box-shadow: inset 0 -2px var(--loc-line); }
.rech .e-ORG { background: var(--org); box-shadow: inset 0 -2px var(--org-line); }
.rech .e[data-type]::after { content: attr(data-type); font: 650 .6em/1 system-ui, sans-serif; font-style: normal; letter-spacing: .03em;
  vertical-align: .55em; margin: 0 .1em 0 .2em; }
.rech .e-PER[data-type]::after { color: var(--per-line); }
.rech .e-LOC[data-type]::after { color: var(--loc-line); }
.rech .e-ORG[data-type]::after { color: var(--org-line); }
.rech .q { background: var(--quote); font-style: italic; }
.rech .q[data-n]::before { content: attr(data-n); font: 600 .62em/1 system-ui, sans-serif; font-style: normal; color: #fff;
  background: var(--quote-line); border-radius: 1em; padding: .15em .45em; margin-right: .25em; vertical-align: .3em; }
.rech .cue { color: var(--cue); font-weight: 650; text-decoration: underline 2px var(--cue); text-underline-offset: 4px; }
.rech .spk { border: 1.5px solid var(--speaker); border-radius: 4px; padding: 1px 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.rech .on { background-color: #ffe27a; outline: 2px solid #e0a800; outline-offset: 1px; }
.rech .e[title], .rech .q[title], .rech .cue[title], .rech .spk[title] { cursor: help; }
.rech table { border-collapse: collapse; font-size: .92em; }
.rech td, .rech th { text-align: left; padding: .15em 1em .15em 0; vertical-align: top; }
.rech th { font-weight: 600; color: #555; }
.rech td.n { text-align: right; }
.rech .forms { color: #666; }
.rech ol.quotes { padding-left: 1.6em; font-size: .95em; }
.rech ol.quotes li { margin-bottom: .5em; }
.rech .who { color: var(--speaker); font-weight: 600; }
.rech .said { font-style: italic; }
.rech .meta { color: #777; font-size: .9em; }
.rech .empty { color: #888; }
`;

/** The page's own styles, around the rendering: the page is rech's, so it may style its body. */
const PAGE_STYLE = `
body { font: 17px/1.75 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d1d1f; background: #fafafa;
  margin: 0 auto; padding: 1.5em 2em 3em; max-width: 52em; }
`;

/**
 * Hovering a quote's content, cue or speaker (or its line in the list of quotes)
 * lights up all the parts of that quote. The page reads the same without it. It
 * listens on its own `.rech` element (the script's parent) and looks only inside it,
 * so fragments on one page do not light up each other's quotes.
 */
const SCRIPT = `
(function (root) {
  if (!root) return;
  function parts(el) { var q = el && el.closest && el.closest('[data-q]'); return q ? q.getAttribute('data-q').split(' ') : []; }
  function light(ids, on) {
    ids.forEach(function (id) {
      root.querySelectorAll('[data-q~="' + id + '"]').forEach(function (el) { el.classList.toggle('on', on); });
    });
  }
  root.addEventListener('mouseover', function (event) { light(parts(event.target), true); });
  root.addEventListener('mouseout', function (event) { light(parts(event.target), false); });
})(document.currentScript && document.currentScript.parentNode);
`;

const speakerName = (quote: Quote): string =>
  quote.speaker === null ? 'no speaker' : (quote.speaker.name ?? `${quote.speaker.text} (not named)`);

/** The tooltip of a mark. */
function tooltip(mark: Mark, document: RechDocument): string {
  if (mark.mention) {
    const { mention } = mark;
    const entity = document.entities[mention.entity];
    const type = typeToken(mention.type);
    const lines = [`${mention.type} (${type === 'other' ? 'other type' : TYPE_NAMES[type]}): ${entity?.name ?? mention.normal}`];
    if (entity === undefined || mention.normal !== entity.name) lines.push(`normal form: ${mention.normal}`);
    if (mention.sense) lines.push(`as ${mention.sense === 'polity' ? 'a body (state, government or people)' : 'a territory'}${mention.body ? `: ${mention.body.normal}` : ''}`);
    // A document read from older JSON may have mentions without their rule.
    if (mention.rule) lines.push(`rule: ${mention.rule}`);
    return lines.join('\n');
  }
  if (mark.layer === 'content') {
    const quote = document.quotes[mark.quotes[0]!]!;
    // A document read from older JSON may have quotes without their pattern.
    const pattern = quote.pattern ? `\npattern: ${quote.pattern}` : '';
    return `quote ${mark.quotes[0]! + 1}, ${quote.kind}\ncue: ${quote.cue?.lemma ?? 'none'}\nspeaker: ${speakerName(quote)}${pattern}`;
  }
  // A cue or speaker shared by several quotes: one line for each lemma or name.
  const byValue = new Map<string, number[]>();
  for (const i of mark.quotes) {
    const quote = document.quotes[i]!;
    const value = mark.layer === 'cue' ? (quote.cue?.lemma ?? '') : speakerName(quote);
    const quotes = byValue.get(value);
    if (quotes) quotes.push(i);
    else byValue.set(value, [i]);
  }
  return [...byValue].map(([value, quotes]) => `${mark.layer} of quote${quotes.length > 1 ? 's' : ''} ${quoteNumbers(quotes)}: ${value}`).join('\n');
}

const CLASSES: Record<Exclude<Mark['layer'], 'entity'>, string> = { content: 'q', cue: 'cue', speaker: 'spk' };

/**
 * The opening tag of a mark; the first piece of a quote's content carries its number, and the last
 * piece of an entity mention its type (`data-type`, shown after it by the styles).
 */
function openingTag(mark: Mark, document: RechDocument, first: boolean, last: boolean): string {
  // A type outside PER, LOC and ORG (from a hand-built document) is the class `e-other`, never a class of its own.
  const className = mark.mention ? `e e-${typeToken(mark.mention.type)}` : CLASSES[mark.layer as keyof typeof CLASSES];
  const data = mark.quotes.length > 0 ? ` data-q="${mark.quotes.join(' ')}"` : '';
  const number = first && mark.layer === 'content' && mark.piece === 0 ? ` data-n="${mark.quotes[0]! + 1}"` : '';
  const type = last && mark.mention ? ` data-type="${escape(mark.mention.type)}"` : '';
  return `<span class="${escape(className)}"${data}${number}${type} title="${escape(tooltip(mark, document))}">`;
}

/**
 * The paragraphs with their marks as nested `<span>`s. One sweep over the
 * boundaries of the marks: between two boundaries the text is wrapped in the
 * marks that cover it, outermost first, and only the marks that change are
 * closed and opened, so the HTML nests properly however the spans overlap (a
 * mark that ends inside a longer one is closed and the longer one reopened).
 * The last opening of each entity mark is then given the mention's type label.
 */
function paragraphsHtml(document: RechDocument, marks: readonly Mark[]): string[] {
  const { text } = document;
  const tags = new Map<Mark, string>();
  const lastOpened = new Map<Mark, number>();
  const open: Mark[] = [];
  let active: Mark[] = [];
  let next = 0;
  const out: string[] = [];
  /** Brings `active` to the marks covering `position`, in nesting order (they enter in that order). */
  const advance = (position: number): void => {
    active = active.filter((mark) => mark.end > position);
    for (; next < marks.length && marks[next]!.start <= position; next++) {
      if (marks[next]!.end > position) active.push(marks[next]!);
    }
  };
  /** Closes the open marks that are no longer (or no longer in that order) active and opens the rest. */
  const sync = (wanted: readonly Mark[]): void => {
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
    for (let i = open.length; i > keep; i--) out.push('</span>');
    open.length = keep;
    for (const mark of wanted.slice(keep)) {
      let tag = tags.get(mark);
      if (tag === undefined) {
        out.push(openingTag(mark, document, true, false));
        tag = openingTag(mark, document, false, false);
        tags.set(mark, tag);
      } else out.push(tag);
      if (mark.mention) lastOpened.set(mark, out.length - 1);
      open.push(mark);
    }
  };
  for (const paragraph of document.paragraphs) {
    out.push(`<p lang="${escape(htmlLanguage(paragraph.language))}">`);
    let position = paragraph.start;
    advance(position);
    while (position < paragraph.end) {
      let stop = paragraph.end;
      if (next < marks.length && marks[next]!.start < stop) stop = marks[next]!.start;
      for (const mark of active) if (mark.end < stop) stop = mark.end;
      sync(active);
      out.push(escape(text.slice(position, stop)));
      position = stop;
      advance(position);
    }
    sync([]);
    out.push('</p>\n');
  }
  for (const [mark, at] of lastOpened) out[at] = openingTag(mark, document, false, true);
  return out;
}

function legendHtml(layers: ReadonlySet<HtmlLayer>): string {
  const chip = (className: string, label: string, title: string): string => `<span class="${className}" title="${title}">${label}</span>`;
  const entities = layers.has('entities');
  const quotes = layers.has('quotes');
  const hover = [entities ? 'a mark for its normal form and rule' : '', quotes ? 'a quote for its cue, speaker and pattern' : ''].filter(Boolean).join(', ');
  return [
    ...(entities ? [chip('e e-PER', 'PER', 'person'), chip('e e-LOC', 'LOC', 'place'), chip('e e-ORG', 'ORG', 'organisation')] : []),
    ...(quotes ? [chip('q', 'quote content', 'the words reported'), chip('cue', 'cue', 'the word that marks the report'), chip('spk', 'speaker', 'who said it')] : []),
    ...(hover ? [`<span class="meta">hover ${hover}</span>`] : []),
  ].join(' ');
}

function entitiesHtml(entities: readonly Entity[]): string {
  if (entities.length === 0) return '<p class="empty">No entities.</p>';
  const rows = entities.map((entity) => {
    const forms = mentionForms(entity.mentions).filter((form) => form !== entity.name);
    return (
      `<tr><td><span class="e e-${typeToken(entity.type)}">${escape(entity.type)}</span></td><td>${escape(entity.name)}</td>` +
      `<td class="n">${entity.mentions.length}</td><td class="forms">${escape(forms.join(', '))}</td></tr>`
    );
  });
  return `<table>\n<tr><th>type</th><th>name</th><th>mentions</th><th>other forms</th></tr>\n${rows.join('\n')}\n</table>`;
}

function quotesHtml(quotes: readonly Quote[], language: string): string {
  const [open, close] = quotationMarks(language);
  if (quotes.length === 0) return '<p class="empty">No quotes.</p>';
  const items = quotes.map((quote, i) => {
    const who = quote.speaker === null ? '<span class="meta">(no speaker)</span>' : `<span class="who">${escape(quote.speaker.name ?? quote.speaker.text)}</span>`;
    const phrase = quote.speaker !== null && quote.speaker.name !== null && quote.speaker.text !== quote.speaker.name ? ` <span class="meta">(${escape(quote.speaker.text)})</span>` : '';
    const said = quote.content.map((piece) => escape(piece.text)).join(' … ');
    const cue = quote.cue === null ? 'no cue' : `cue <span class="cue">${escape(quote.cue.text)}</span> (${escape(quote.cue.lemma)})`;
    return `<li data-q="${i}">${who}${phrase} — <span class="said">${open}${said}${close}</span> <span class="meta">${cue}; ${escape(quote.kind)}</span></li>`;
  });
  return `<ol class="quotes">\n${items.join('\n')}\n</ol>`;
}

/** The layers `options.layers` asks for; a TypeError or RangeError naming it for anything else. */
function expectLayers(layers: unknown): Set<HtmlLayer> {
  if (layers === undefined) return new Set(HTML_LAYERS);
  if (!Array.isArray(layers)) throw new TypeError(`rech: \`options.layers\` must be an array of layer names, got ${describe(layers)}`);
  for (const layer of layers) {
    if (!HTML_LAYERS.includes(layer as HtmlLayer)) {
      throw new RangeError(`rech: \`options.layers\` may hold ${HTML_LAYERS.join(' and ')}, got ${describe(layer)}`);
    }
  }
  return new Set(layers as HtmlLayer[]);
}

/**
 * The document in HTML: the text with its entities highlighted by type and
 * labelled with it, and its quotes marked (content, cue and speaker each in
 * their own style), a legend, and below the text the list of entities (type,
 * name, mention count) and of quotes (speaker — content, cue). Hovering a mark
 * shows an entity's type, canonical name, normal form and the rule that found it, and for a quote its
 * kind, cue lemma, the speaker's resolved name and the pattern that found it; the quote's other parts
 * light up. It has inline CSS and a few lines of inline script, and loads
 * nothing: a page works from `file://`.
 *
 * By default it is a whole page. With `fragment: true` it is one `<div class="rech">` to embed in a
 * page of your own (server-side, or as `innerHTML`, where its script does not run and only the
 * hover highlighting is lost): no `<html>`, `<head>` or `<body>`, every style scoped under `.rech`,
 * and the script listening on that element only. `layers` chooses what is shown: `['entities']`,
 * `['quotes']`, both (the default) or none (the text alone).
 *
 * Every paragraph is a `<p>` whose `lang` is its language as a BCP 47 tag
 * (`rus` → `ru`, `eng` → `en`, `azj` → `az`; codes with no two-letter form
 * are kept, `und` stays `und`). All text is escaped. Marks are `<span>`s with
 * classes `e e-PER` (`e-LOC`, `e-ORG`; the mention's last piece also has `data-type="PER"`, which the
 * styles write after it as a small label, so a type reads without colour), `q` (quote content), `cue` and `spk`
 * (speaker), and `data-q` listing the quote numbers (from 0) they belong to;
 * where marks overlap they are nested (a mark is split where a mark that
 * started inside it goes on past its end), so the HTML is always well formed.
 * The text of the `<p>`s is the document's text: labels and quote numbers are generated by CSS.
 *
 * @param document - A document from {@link analyze}.
 * @param options - See {@link RenderHtmlOptions}.
 * @returns The page, from `<!DOCTYPE html>` to `</html>` and `'\n'`; or the fragment, from `<div class="rech"` to `</div>` and `'\n'`.
 * @throws TypeError when `document` is not a document, or `options` has an unknown key, a `title` that is not a string,
 * a `fragment` that is not a boolean or `layers` that is not an array.
 * @throws RangeError when `options.layers` holds anything but `'entities'` and `'quotes'`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { analyze, renderHtml } from 'rech';
 * const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
 * writeFileSync('quote.html', renderHtml(doc, { title: 'Посол' })); // open it in a browser
 * renderHtml(doc).includes('<span class="e e-PER" data-type="PER" title="PER (person): Рашад Мамедов&#10;rule: first middle? last">Рашад Мамедов</span>'); // true
 * const fragment = renderHtml(doc, { fragment: true, layers: ['entities'] }); // '<div class="rech" lang="ru">…</div>\n'
 * document.querySelector('#article')!.innerHTML = fragment; // in a browser
 * ```
 *
 * @group Rendering
 */
export function renderHtml(document: RechDocument, options: RenderHtmlOptions = {}): string {
  expectDocument(document);
  expectOptions(options, ['title', 'fragment', 'layers']);
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new TypeError(`rech: \`options.title\` must be a string, got ${describe(options.title)}`);
  }
  if (options.fragment !== undefined && typeof options.fragment !== 'boolean') {
    throw new TypeError(`rech: \`options.fragment\` must be a boolean, got ${describe(options.fragment)}`);
  }
  const layers = expectLayers(options.layers);
  const marks = collectMarks(document).filter((mark) => layers.has(mark.layer === 'entity' ? 'entities' : 'quotes'));
  const lang = escape(htmlLanguage(document.language));
  const body = [
    `<div class="legend">${legendHtml(layers)}</div>`,
    options.fragment
      ? `<div class="text">\n${paragraphsHtml(document, marks).join('')}</div>`
      : `<main class="text">\n${paragraphsHtml(document, marks).join('')}</main>`,
    ...(layers.has('entities')
      ? [`<section class="entities">\n<h2>Entities (${document.entities.length})</h2>\n${entitiesHtml(document.entities)}\n</section>`]
      : []),
    ...(layers.has('quotes')
      ? [`<section class="quote-list">\n<h2>Quotes (${document.quotes.length})</h2>\n${quotesHtml(document.quotes, document.language)}\n</section>`, `<script>${SCRIPT}</script>`]
      : []),
  ];
  if (options.fragment) {
    const title = options.title === undefined ? [] : [`<div class="title">${escape(options.title)}</div>`];
    return [`<div class="rech" lang="${lang}">`, `<style>${STYLE}</style>`, ...title, ...body, '</div>', ''].join('\n');
  }
  const title = options.title ?? (document.paragraphs[0] ? truncate(document.paragraphs[0].text, 80) : 'rech');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="rech">',
    `<title>${escape(title)}</title>`,
    `<style>${PAGE_STYLE}${STYLE}</style>`,
    '</head>',
    '<body>',
    '<div class="rech">',
    `<h1>${escape(title)}</h1>`,
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
