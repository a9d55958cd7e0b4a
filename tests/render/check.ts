/** Checks of rendered output shared by the renderer tests. */

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'wbr']);
const RAW = new Set(['script', 'style']);

/**
 * What is wrong with an HTML page's tags: every element closed, in order (a
 * stack of open tags), attributes quoted, no `<` or `>` loose in the text, the
 * content of `<script>` and `<style>` skipped. Empty when it is well formed.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*>|<!DOCTYPE html>/g;
  let at = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const between = html.slice(at, match.index);
    if (/[<>]/.test(between)) problems.push(`loose < or > before offset ${match.index}: ${JSON.stringify(between.slice(0, 60))}`);
    at = tag.lastIndex;
    if (match[2] === undefined) continue; // the doctype
    const name = match[2].toLowerCase();
    if (match[1]) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at offset ${match.index} closes <${open}>`);
    } else if (RAW.has(name)) {
      const end = html.indexOf(`</${name}>`, at);
      if (end < 0) problems.push(`<${name}> never closed`);
      at = tag.lastIndex = end < 0 ? html.length : end + name.length + 3;
    } else if (!VOID.has(name)) stack.push(name);
  }
  if (/[<>]/.test(html.slice(at))) problems.push('loose < or > at the end');
  if (stack.length > 0) problems.push(`never closed: ${stack.join(' ')}`);
  return problems;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#10;': '\n' };

/** The text of the `<p>`s inside `<main>` (of a page) or `<div class="text">` (of a fragment), tags dropped and entities decoded, one paragraph a line. */
export function paragraphTexts(html: string): string[] {
  const main = html.includes('<main') ? html.slice(html.indexOf('<main'), html.indexOf('</main>')) : html.slice(html.indexOf('<div class="text">'), html.indexOf('</div>', html.indexOf('<div class="text">')));
  return [...main.matchAll(/<p[^>]*>(.*?)<\/p>/gs)].map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/&[#a-z0-9]+;/g, (e) => ENTITIES[e] ?? e));
}

/** The selectors of the `<style>` elements of an HTML text that are not under `scope` (`.rech`, `.rech .e`, `.rech[lang]`). */
export function unscopedSelectors(html: string, scope: string): string[] {
  const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
  if (/@(media|supports|layer|import|font-face|keyframes)/.test(css)) return ['an at-rule this check does not read'];
  const selectors = [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((match) => match[1]!.split(',').map((selector) => selector.trim()));
  return selectors.filter((selector) => !(selector === scope || /^[ .:\[>]/.test(selector.slice(scope.length)) && selector.startsWith(scope)));
}

/** Slices `text` by code-point offsets, as brat does. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** UD's 17 universal part-of-speech tags. */
const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

/** UD's universal features, and Variant (registered for Russian). */
const FEATURES = new Set([
  'PronType', 'NumType', 'Poss', 'Reflex', 'Foreign', 'Abbr', 'Typo', 'ExtPos', 'Gender', 'Animacy', 'NounClass', 'Number', 'Case',
  'Definite', 'Deixis', 'DeixisRef', 'Degree', 'VerbForm', 'Mood', 'Tense', 'Aspect', 'Voice', 'Evident', 'Polarity', 'Person',
  'Polite', 'Clusivity', 'Variant',
]);

const UNESCAPE: Record<string, string> = { s: ' ', t: '\t', r: '\r', n: '\n', p: '|', '\\': '\\' };

/** The whitespace a `SpacesAfter` value stands for (`\s`, `\t`, `\r`, `\n`, `\p`, `\\`, `\uXXXX`); undefined when it is malformed. */
function spacesAfter(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '\\') return undefined;
    const next = value[i + 1] ?? '';
    if (UNESCAPE[next] !== undefined) {
      out += UNESCAPE[next];
      i++;
    } else if (next === 'u' && /^[0-9A-F]{4}$/.test(value.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(value.slice(i + 2, i + 6), 16));
      i += 5;
    } else return undefined;
  }
  return out;
}

/**
 * What is wrong with a CoNLL-U text, by the format's rules (universaldependencies.org/format.html),
 * as UD's own validator checks them at its first levels; empty when it is well formed. UD's
 * `validate.py` is Python and not installable here, so these are its format rules, written out:
 * - sentences of comment lines (`# …`) then token lines, each followed by one blank line; the
 *   text ends with that blank line's `\n`; no comment after a token line;
 * - each sentence has one `# sent_id = ID` (unique in the text, no whitespace) and one `# text = …`;
 * - a token line has 10 tab-separated fields, none empty; IDs are 1, 2, … n in order;
 * - FORM and LEMMA hold no whitespace, UPOS is one of the 17 tags, XPOS and DEPS hold no whitespace;
 * - FEATS is `_` or `Name=Value|…`, names and values in UD's shape, names sorted (ignoring case),
 *   unique, and known (universal features and Variant);
 * - HEAD is `_` or a number from 0 to n, DEPREL `_` or a relation, both `_` or neither;
 * - MISC is `_` or `|`-separated `Name=Value` attributes with unique names, `SpaceAfter` only `No`,
 *   `SpacesAfter` only escaped whitespace;
 * - the FORMs, joined by the spacing MISC gives (one space unless `SpaceAfter=No` or `SpacesAfter`),
 *   are the sentence's `# text`.
 */
export function conlluProblems(conllu: string): string[] {
  const problems: string[] = [];
  if (conllu === '') return problems;
  if (!conllu.endsWith('\n\n')) problems.push('the text does not end with a blank line after the last sentence');
  const lines = conllu.split('\n').slice(0, -1);
  const ids = new Set<string>();
  let comments: string[] = [];
  let tokens: string[][] = [];
  const endSentence = (at: number): void => {
    const where = `sentence ending on line ${at}`;
    if (tokens.length === 0) problems.push(`${where}: no token line`);
    const sentIds = comments.filter((line) => line.startsWith('# sent_id'));
    const texts = comments.filter((line) => line.startsWith('# text = '));
    if (sentIds.length !== 1 || !/^# sent_id = \S+$/.test(sentIds[0]!)) problems.push(`${where}: not one well-formed # sent_id`);
    else if (ids.has(sentIds[0]!)) problems.push(`${where}: ${sentIds[0]} repeated`);
    else ids.add(sentIds[0]!);
    if (texts.length !== 1) problems.push(`${where}: not one # text`);
    let rebuilt = '';
    tokens.forEach((fields, i) => {
      if (fields[6] !== '_' && Number(fields[6]) > tokens.length) problems.push(`${where}: token ${i + 1} has HEAD ${fields[6]}, past the sentence's ${tokens.length} tokens`);
      const misc = fields[9] === '_' ? [] : fields[9]!.split('|');
      const spaces = misc.find((attribute) => attribute.startsWith('SpacesAfter='));
      rebuilt += fields[1];
      if (i < tokens.length - 1) rebuilt += misc.includes('SpaceAfter=No') ? '' : spaces ? (spacesAfter(spaces.slice(12)) ?? '') : ' ';
    });
    if (texts.length === 1 && texts[0]!.slice(9) !== rebuilt) problems.push(`${where}: the forms make ${JSON.stringify(rebuilt)}, not the # text`);
    comments = [];
    tokens = [];
  };
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    if (line === '') return endSentence(i + 1);
    if (line.startsWith('#')) {
      if (tokens.length > 0) problems.push(`${at}: a comment after a token line`);
      comments.push(line);
      return;
    }
    const fields = line.split('\t');
    if (fields.length !== 10) {
      problems.push(`${at}: ${fields.length} fields, not 10`);
      tokens.push([...fields, '_', '_', '_', '_', '_', '_', '_', '_', '_', '_'].slice(0, 10)); // so that the IDs after it are checked
      return;
    }
    const [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = fields as [string, string, string, string, string, string, string, string, string, string];
    if (fields.some((value) => value === '')) problems.push(`${at}: an empty field`);
    if (id !== String(tokens.length + 1)) problems.push(`${at}: ID ${id}, expected ${tokens.length + 1}`);
    if (/\s/.test(form) || /\s/.test(lemma)) problems.push(`${at}: whitespace in FORM or LEMMA`);
    if (!UPOS.has(upos)) problems.push(`${at}: UPOS ${upos} is not a UD tag`);
    if (/\s/.test(xpos) || /\s/.test(deps)) problems.push(`${at}: whitespace in XPOS or DEPS`);
    if (feats !== '_') {
      const pairs = feats.split('|').map((pair) => pair.split('='));
      const names = pairs.map(([name]) => name ?? '');
      if (pairs.some((pair) => pair.length !== 2 || !/^[A-Z][A-Za-z0-9]*(\[[a-z0-9]+\])?$/.test(pair[0]!) || !/^[A-Z0-9][A-Za-z0-9]*(,[A-Z0-9][A-Za-z0-9]*)*$/.test(pair[1]!))) {
        problems.push(`${at}: FEATS ${feats} is not Name=Value|…`);
      }
      const lower = names.map((name) => name.toLowerCase());
      if (lower.join('|') !== [...lower].sort().join('|') || new Set(lower).size !== lower.length) problems.push(`${at}: FEATS ${feats} not sorted or repeated`);
      for (const name of names) if (!FEATURES.has(name)) problems.push(`${at}: unknown feature ${name}`);
    }
    if (head !== '_' && !/^(0|[1-9]\d*)$/.test(head)) problems.push(`${at}: HEAD ${head}`);
    if (deprel !== '_' && !/^[a-z]+(:[a-z]+)?$/.test(deprel)) problems.push(`${at}: DEPREL ${deprel}`);
    if ((head === '_') !== (deprel === '_')) problems.push(`${at}: HEAD and DEPREL not both given or both _`);
    if (misc !== '_') {
      const attributes = misc.split('|');
      const names = attributes.map((attribute) => attribute.split('=')[0]);
      if (attributes.some((attribute) => !/^[A-Za-z][A-Za-z0-9:_-]*=[^=].*$/.test(attribute))) problems.push(`${at}: MISC ${misc} is not Name=Value|…`);
      if (new Set(names).size !== names.length) problems.push(`${at}: MISC ${misc} repeats a name`);
      for (const attribute of attributes) {
        if (attribute.startsWith('SpaceAfter=') && attribute !== 'SpaceAfter=No') problems.push(`${at}: ${attribute}`);
        if (attribute.startsWith('SpacesAfter=') && !/^\s+$/.test(spacesAfter(attribute.slice(12)) ?? '')) problems.push(`${at}: ${attribute}`);
      }
    }
    tokens.push(fields);
  });
  if (comments.length > 0 || tokens.length > 0) problems.push('the last sentence has no blank line after it');
  return problems;
}
