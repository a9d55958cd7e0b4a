import type { Entity, EntityType, Quote, RechDocument } from '../model.js';
import { describe } from '../errors.js';
import { collectMarks, expectDocument, expectOptions, mentionForms, quotationMarks, quoteNumbers, truncate, type Mark } from './marked-spans.js';

/**
 * Options for {@link renderHtml}.
 *
 * @example
 * ```ts
 * import { analyze, renderHtml } from 'rech';
 * renderHtml(await analyze('Посол заявил.'), { title: 'Sputnik, 5 October' });
 * ```
 */
export interface RenderHtmlOptions {
  /** The page's title (default: the first paragraph, cut to 80 characters, or `rech` for an empty document). */
  title?: string;
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
const htmlLanguage = (code: string): string => BCP47[code] ?? (/^[a-z]{2,3}$/.test(code) ? code : 'und');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;', '\0': '\ufffd' };

/** Text escaped for HTML content and attribute values (a newline becomes `&#10;`, for multi-line `title` tooltips). */
const escape = (text: string): string => text.replace(/[&<>"'\n\0]/g, (c) => ESCAPES[c]!);

const TYPE_NAMES: Record<EntityType, string> = { PER: 'person', LOC: 'place', ORG: 'organisation' };

const STYLE = `
:root { --per: #d4e4ff; --per-line: #3b6fd8; --loc: #d3f2d3; --loc-line: #2f8f3e; --org: #ffe0c0; --org-line: #d2711a;
  --quote: #fff4c2; --quote-line: #c9a100; --cue: #a3005c; --speaker: #6b3fc8; }
body { font: 17px/1.75 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d1d1f; background: #fafafa;
  margin: 0 auto; padding: 1.5em 2em 3em; max-width: 52em; }
h1 { font-size: 1.35em; line-height: 1.3; margin: 0 0 .4em; }
h2 { font-size: 1.05em; margin: 2em 0 .5em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.legend { font-size: .85em; color: #555; margin: 0 0 1.2em; display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: center; }
.text p { margin: 0 0 .9em; }
.e { border-radius: 3px; padding: 1px 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.e-PER { background: var(--per); box-shadow: inset 0 -2px var(--per-line); }
.e-LOC { background: var(--loc); box-shadow: inset 0 -2px var(--loc-line); }
.e-ORG { background: var(--org); box-shadow: inset 0 -2px var(--org-line); }
.q { background: var(--quote); font-style: italic; }
.q[data-n]::before { content: attr(data-n); font: 600 .62em/1 system-ui, sans-serif; font-style: normal; color: #fff;
  background: var(--quote-line); border-radius: 1em; padding: .15em .45em; margin-right: .25em; vertical-align: .3em; }
.cue { color: var(--cue); font-weight: 650; text-decoration: underline 2px var(--cue); text-underline-offset: 4px; }
.spk { border: 1.5px solid var(--speaker); border-radius: 4px; padding: 1px 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.on { background-color: #ffe27a; outline: 2px solid #e0a800; outline-offset: 1px; }
.e[title], .q[title], .cue[title], .spk[title] { cursor: help; }
table { border-collapse: collapse; font-size: .92em; }
td, th { text-align: left; padding: .15em 1em .15em 0; vertical-align: top; }
th { font-weight: 600; color: #555; }
td.n { text-align: right; }
.forms { color: #666; }
ol.quotes { padding-left: 1.6em; font-size: .95em; }
ol.quotes li { margin-bottom: .5em; }
.who { color: var(--speaker); font-weight: 600; }
.said { font-style: italic; }
.meta { color: #777; font-size: .9em; }
.empty { color: #888; }
`;

/**
 * Hovering a quote's content, cue or speaker (or its line in the list of quotes)
 * lights up all the parts of that quote. The page reads the same without it.
 */
const SCRIPT = `
(function () {
  function parts(el) { var q = el && el.closest && el.closest('[data-q]'); return q ? q.getAttribute('data-q').split(' ') : []; }
  function light(ids, on) {
    ids.forEach(function (id) {
      document.querySelectorAll('[data-q~="' + id + '"]').forEach(function (el) { el.classList.toggle('on', on); });
    });
  }
  document.addEventListener('mouseover', function (event) { light(parts(event.target), true); });
  document.addEventListener('mouseout', function (event) { light(parts(event.target), false); });
})();
`;

const speakerName = (quote: Quote): string =>
  quote.speaker === null ? 'no speaker' : (quote.speaker.name ?? `${quote.speaker.text} (not named)`);

/** The tooltip of a mark. */
function tooltip(mark: Mark, document: RechDocument): string {
  if (mark.mention) {
    const { mention } = mark;
    const entity = document.entities[mention.entity];
    const lines = [`${mention.type} (${TYPE_NAMES[mention.type] ?? mention.type}): ${entity?.name ?? mention.normal}`];
    if (entity === undefined || mention.normal !== entity.name) lines.push(`normal form: ${mention.normal}`);
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

/** The opening tag of a mark; the first piece of a quote's content carries its number. */
function openingTag(mark: Mark, document: RechDocument, first: boolean): string {
  const className = mark.mention ? `e e-${mark.mention.type}` : CLASSES[mark.layer as keyof typeof CLASSES];
  const data = mark.quotes.length > 0 ? ` data-q="${mark.quotes.join(' ')}"` : '';
  const number = first && mark.layer === 'content' && mark.piece === 0 ? ` data-n="${mark.quotes[0]! + 1}"` : '';
  return `<span class="${escape(className)}"${data}${number} title="${escape(tooltip(mark, document))}">`;
}

/**
 * The paragraphs with their marks as nested `<span>`s. One sweep over the
 * boundaries of the marks: between two boundaries the text is wrapped in the
 * marks that cover it, outermost first, and only the marks that change are
 * closed and opened, so the HTML nests properly however the spans overlap (a
 * mark that ends inside a longer one is closed and the longer one reopened).
 */
function paragraphsHtml(document: RechDocument): string[] {
  const { text } = document;
  const marks = collectMarks(document);
  const tags = new Map<Mark, string>();
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
        out.push(openingTag(mark, document, true));
        tag = openingTag(mark, document, false);
        tags.set(mark, tag);
      } else out.push(tag);
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
  return out;
}

function legendHtml(): string {
  const chip = (className: string, label: string, title: string): string => `<span class="${className}" title="${title}">${label}</span>`;
  return [
    chip('e e-PER', 'PER', 'person'),
    chip('e e-LOC', 'LOC', 'place'),
    chip('e e-ORG', 'ORG', 'organisation'),
    chip('q', 'quote content', 'the words reported'),
    chip('cue', 'cue', 'the word that marks the report'),
    chip('spk', 'speaker', 'who said it'),
    '<span class="meta">hover a mark for its normal form and rule, a quote for its cue, speaker and pattern</span>',
  ].join(' ');
}

function entitiesHtml(entities: readonly Entity[]): string {
  if (entities.length === 0) return '<p class="empty">No entities.</p>';
  const rows = entities.map((entity) => {
    const forms = mentionForms(entity.mentions).filter((form) => form !== entity.name);
    return (
      `<tr><td><span class="e e-${escape(entity.type)}">${escape(entity.type)}</span></td><td>${escape(entity.name)}</td>` +
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
    return `<li data-q="${i}">${who}${phrase} — <span class="said">${open}${said}${close}</span> <span class="meta">${cue}; ${quote.kind}</span></li>`;
  });
  return `<ol class="quotes">\n${items.join('\n')}\n</ol>`;
}

/**
 * The document as a self-contained HTML page: the text with its entities
 * highlighted by type and its quotes marked (content, cue and speaker each in
 * their own style), a legend, and below the text the list of entities (type,
 * name, mention count) and of quotes (speaker — content, cue). Hovering a mark
 * shows an entity's type, canonical name, normal form and the rule that found it, and for a quote its
 * kind, cue lemma, the speaker's resolved name and the pattern that found it; the quote's other parts
 * light up. The page has inline CSS and a few lines of inline script, and
 * loads nothing: it works from `file://`.
 *
 * Every paragraph is a `<p>` whose `lang` is its language as a BCP 47 tag
 * (`rus` → `ru`, `eng` → `en`, `azj` → `az`; codes with no two-letter form
 * are kept, `und` stays `und`). All text is escaped. Marks are `<span>`s with
 * classes `e e-PER` (`e-LOC`, `e-ORG`), `q` (quote content), `cue` and `spk`
 * (speaker), and `data-q` listing the quote numbers (from 0) they belong to;
 * where marks overlap they are nested (a mark is split where a mark that
 * started inside it goes on past its end), so the HTML is always well formed.
 *
 * @param document - A document from {@link analyze}.
 * @param options - See {@link RenderHtmlOptions}.
 * @returns The page, from `<!DOCTYPE html>` to `</html>` and `'\n'`.
 * @throws TypeError when `document` is not a document, or `options` has an unknown key or a `title` that is not a string.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { analyze, renderHtml } from 'rech';
 * const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
 * writeFileSync('quote.html', renderHtml(doc, { title: 'Посол' })); // open it in a browser
 * renderHtml(doc).includes('<span class="e e-PER" title="PER (person): Рашад Мамедов&#10;rule: first middle? last">Рашад Мамедов</span>'); // true
 * ```
 */
export function renderHtml(document: RechDocument, options: RenderHtmlOptions = {}): string {
  expectDocument(document);
  expectOptions(options, ['title']);
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new TypeError(`rech: \`options.title\` must be a string, got ${describe(options.title)}`);
  }
  const title = options.title ?? (document.paragraphs[0] ? truncate(document.paragraphs[0].text, 80) : 'rech');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(htmlLanguage(document.language))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="rech">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escape(title)}</h1>`,
    `<div class="legend">${legendHtml()}</div>`,
    `<main class="text">\n${paragraphsHtml(document).join('')}</main>`,
    `<section class="entities" id="entities">\n<h2>Entities (${document.entities.length})</h2>\n${entitiesHtml(document.entities)}\n</section>`,
    `<section class="quote-list" id="quotes">\n<h2>Quotes (${document.quotes.length})</h2>\n${quotesHtml(document.quotes, document.language)}\n</section>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
