import type { RechDocument, Token } from '../model.js';
import { describe } from '../errors.js';
import { within } from '../spans.js';
import ud from '../data/render/universal-dependencies.json';
import { bio, repair } from './conll.js';
import { collectMarks, expectDocument, expectOptions, label, oneLine, tabColumn } from './marked-spans.js';

/**
 * Options for {@link renderConllu}.
 *
 * @example
 * ```ts
 * import { analyze, renderConllu } from 'rech';
 * renderConllu(await analyze('Посол заявил.'), { id: 'sputnik-1' }).split('\n').slice(0, 3);
 * // [ '# newdoc id = sputnik-1', '# newpar', '# sent_id = sputnik-1-1' ]
 * ```
 *
 * @group Rendering
 */
export interface RenderConlluOptions {
  /**
   * The document's identifier, with no whitespace: written as `# newdoc id = …`, and each sentence's
   * `sent_id` is it, a hyphen and the sentence's number (`sputnik-1-3`), so that the sentences of several
   * documents in one file stay unique. Default: none (`# newdoc`, and `sent_id` the number alone).
   */
  id?: string;
}

type Feature = [name: string, value: string];
const OPENCORPORA = ud.opencorpora;
const POS = OPENCORPORA.upos as Record<string, string>;
const FEATURES = OPENCORPORA.features as unknown as Record<string, Feature>;
const POS_FEATURES = OPENCORPORA.posFeatures as unknown as Record<string, Feature[]>;
const LEMMA_FEATURES = OPENCORPORA.lemmaFeatures as unknown as Record<string, Feature[]>;
const UPOS_RULES = OPENCORPORA.uposRules as Array<{ pos?: string; anyGrammeme?: string[]; lemmas?: string[]; upos: string }>;
const COMPROMISE_UPOS = ud.compromise.upos as unknown as Feature[];
const COMPROMISE_FEATURES = ud.compromise.features as unknown as Record<string, Feature>;
const KINDS = ud.kinds as Record<string, string>;

/** UPOS and FEATS of a token, from its tags (OpenCorpora's when the first is one of their parts of speech, else compromise's), or from its kind. */
function morphology(token: Token): { upos: string; features: Feature[] } {
  const tags = token.tags ?? [];
  const pos = tags[0];
  if (pos === undefined) return { upos: Object.hasOwn(KINDS, token.kind) ? KINDS[token.kind]! : 'X', features: [] };
  if (Object.hasOwn(POS, pos)) {
    const rule = UPOS_RULES.find(
      (rule) =>
        (rule.pos === undefined || rule.pos === pos) &&
        (rule.anyGrammeme === undefined || rule.anyGrammeme.some((grammeme) => tags.includes(grammeme))) &&
        (rule.lemmas === undefined || (token.lemma !== undefined && rule.lemmas.includes(token.lemma))),
    );
    const features = [
      ...tags.flatMap((tag) => (Object.hasOwn(FEATURES, tag) ? [FEATURES[tag]!] : [])),
      ...(POS_FEATURES[pos] ?? []),
      ...(token.lemma !== undefined && Object.hasOwn(LEMMA_FEATURES, token.lemma) ? LEMMA_FEATURES[token.lemma]! : []),
    ];
    return { upos: rule?.upos ?? POS[pos]!, features };
  }
  return {
    upos: COMPROMISE_UPOS.find(([tag]) => tags.includes(tag))?.[1] ?? 'X',
    features: tags.flatMap((tag) => (Object.hasOwn(COMPROMISE_FEATURES, tag) ? [COMPROMISE_FEATURES[tag]!] : [])),
  };
}

/** `Name=Value|…`, one value per name (the first given), sorted by name ignoring case as CoNLL-U asks; `_` when empty. */
function feats(features: readonly Feature[]): string {
  const byName = new Map<string, string>();
  for (const [name, value] of features) if (!byName.has(name)) byName.set(name, value);
  const sorted = [...byName].sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return sorted.length === 0 ? '_' : sorted.map(([name, value]) => `${name}=${value}`).join('|');
}

const SPACE_ESCAPES: Record<string, string> = { ' ': '\\s', '\t': '\\t', '\r': '\\r', '\n': '\\n', '|': '\\p', '\\': '\\\\' };

/** The MISC attribute for the whitespace after a token: none for one space, `SpaceAfter=No` for none, else `SpacesAfter` with UD's escapes. */
function spaceAfter(gap: string): string | undefined {
  if (gap === ' ') return undefined;
  if (gap === '') return 'SpaceAfter=No';
  const escaped = [...gap].map((c) => SPACE_ESCAPES[c] ?? `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join('');
  return `SpacesAfter=${escaped}`;
}

/** A FORM or LEMMA: tokens hold no whitespace, but a lemma from a dictionary might; `_` then, as for none. */
const field = (value: string | undefined): string => (value === undefined || value === '' || /\s/.test(value) ? '_' : tabColumn(value));

/** The kinds whose lemma is the form itself, by UD's convention, when the token has no lemma of its own. */
const SELF_LEMMA = new Set(['punctuation', 'number', 'symbol']);

/**
 * The document in CoNLL-U, the format of Universal Dependencies treebanks, which UDPipe, Stanza,
 * spaCy (spacy-conll) and natasha users read: a sentence at a time, its comments first
 * (`# newdoc` before the first sentence, `# newpar` before a paragraph's first, `# sent_id = N`
 * from 1, `# text = …` the sentence exactly as in the text), then a line per token with ten
 * tab-separated fields, and a blank line after each sentence.
 *
 * - ID: the token's number in its sentence, from 1. FORM: its text.
 * - LEMMA: its `lemma`; for punctuation, a number or a symbol without one, the form itself (UD's
 *   convention); else `_`.
 * - UPOS: one of UD's 17 tags, from a Russian token's OpenCorpora part of speech (a noun with `Name`,
 *   `Surn`, `Geox`… is `PROPN`, a pronominal adjective `DET`, `быть` `AUX`, `что`, `если`… as a
 *   conjunction `SCONJ`), from an English token's compromise tags, or for a token without tags from
 *   its kind (`PUNCT`, `NUM`, `SYM`, else `X`). The map is data, in `src/data/render/universal-dependencies.json`.
 * - XPOS: the token's own `tags` joined by commas (`NOUN,anim,masc,Name,sing,gent`), or `_`.
 * - FEATS: UD features from the grammemes (Case, Gender, Number, Animacy, Aspect, Tense, Person, Mood,
 *   Voice, VerbForm, Degree, Variant, Polarity, Poss, Abbr), sorted by name, or `_`.
 * - HEAD, DEPREL, DEPS: `_`. rech has no parser, and CoNLL-U writes `_` for a value not given,
 *   as UDPipe and Stanza do for text they tag but do not parse; a made-up tree (every token
 *   attached to the one before) would pass a tree check and mislead whoever reads it. A tool that needs
 *   trees runs a parser on this output (its tokens, lemmas and tags are then kept).
 * - MISC: `SpaceAfter=No` where no space follows the token in the sentence (`SpacesAfter=\s\s` for
 *   other whitespace, with UD's escapes `\s`, `\t`, `\uXXXX`), the entity tag `NER=B-PER` (`I-PER`,
 *   `B-LOC`…), and the quote tags: `Quote=B-direct` or `B-indirect` (`I-` inside) on the content,
 *   `QuoteCue=B` and `QuoteSpeaker=B` (`I`) on the cue and the speaker; `_` when it has none of them.
 *
 * Every line has its ten fields whatever a hand-built document holds: in FORM, LEMMA, XPOS and the
 * `# text` comment a control character or line separator (U+0000–U+001F, U+007F–U+009F, U+2028,
 * U+2029; in a field the tab too) becomes U+FFFD, and an entity type or quote kind is written with
 * letters, digits, `_` and `-` only.
 *
 * @param document - A document from {@link analyze}.
 * @param options - See {@link RenderConlluOptions}.
 * @returns The CoNLL-U text, each sentence ending with a blank line; empty for a document without sentences.
 * @throws TypeError when `document` is not a document, or `options` has an unknown key or an `id` that is not a string.
 * @throws RangeError when `options.id` is empty or holds whitespace or a control character.
 *
 * @example
 * ```ts
 * import { analyze, renderConllu } from 'rech';
 * const doc = await analyze('Посол Рашад Мамедов заявил: «Мы не хотели войны».');
 * renderConllu(doc).split('\n').slice(3, 9);
 * // [ '# text = Посол Рашад Мамедов заявил:',
 * //   '1\tПосол\tпосол\tNOUN\tNOUN,anim,masc,sing,nomn\tAnimacy=Anim|Case=Nom|Gender=Masc|Number=Sing\t_\t_\t_\tQuoteSpeaker=B',
 * //   '2\tРашад\tрашад\tPROPN\tNOUN,anim,masc,Name,sing,nomn\tAnimacy=Anim|Case=Nom|Gender=Masc|Number=Sing\t_\t_\t_\tNER=B-PER|QuoteSpeaker=I',
 * //   '3\tМамедов\tмамедов\tPROPN\tNOUN,anim,masc,Sgtm,Surn,sing,nomn\tAnimacy=Anim|Case=Nom|Gender=Masc|Number=Sing\t_\t_\t_\tNER=I-PER|QuoteSpeaker=I',
 * //   '4\tзаявил\tзаявить\tVERB\tVERB,perf,tran,masc,sing,past,indc\tAspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin\t_\t_\t_\tQuoteCue=B|SpaceAfter=No',
 * //   '5\t:\t:\tPUNCT\t_\t_\t_\t_\t_\t_' ]
 * ```
 *
 * @group Rendering
 */
export function renderConllu(document: RechDocument, options: RenderConlluOptions = {}): string {
  expectDocument(document);
  expectOptions(options, ['id']);
  const { id } = options;
  if (id !== undefined && typeof id !== 'string') throw new TypeError(`rech: \`options.id\` must be a string, got ${describe(id)}`);
  if (id !== undefined && (id === '' || /\s/.test(id))) {
    throw new RangeError(`rech: \`options.id\` must be a non-empty identifier without whitespace, got ${describe(id)}`);
  }
  if (id !== undefined && oneLine(id) !== id) throw new RangeError(`rech: \`options.id\` must not hold a control character, got ${describe(id)}`);
  const { text, tokens } = document;
  const marks = collectMarks(document);
  const entities = repair(bio(tokens, marks.filter((mark) => mark.mention), (mark) => label(mark.mention!.type)));
  const content = repair(bio(tokens, marks.filter((mark) => mark.layer === 'content'), (mark) => label(document.quotes[mark.quotes[0]!]?.kind ?? 'direct')));
  const cues = repair(bio(tokens, marks.filter((mark) => mark.layer === 'cue'), () => 'cue'));
  const speakers = repair(bio(tokens, marks.filter((mark) => mark.layer === 'speaker'), () => 'speaker'));
  const index = new Map(tokens.map((token, i) => [token, i]));
  const lines: string[] = [];
  let paragraph = -1;
  document.sentences.forEach((sentence, s) => {
    const words = within(tokens, sentence);
    if (words.length === 0) return;
    if (lines.length === 0) lines.push(id === undefined ? '# newdoc' : `# newdoc id = ${id}`);
    // The paragraph holding the sentence: both layers are sorted, so the index only moves forward.
    let current = paragraph;
    while (current + 1 < document.paragraphs.length && document.paragraphs[current + 1]!.start <= sentence.start) current++;
    if (current !== paragraph) lines.push('# newpar');
    paragraph = current;
    lines.push(`# sent_id = ${id === undefined ? '' : `${id}-`}${s + 1}`, `# text = ${oneLine(sentence.text)}`);
    words.forEach((token, w) => {
      const i = index.get(token)!;
      const { upos, features } = morphology(token);
      const next = words[w + 1];
      const misc = [
        next === undefined ? undefined : spaceAfter(text.slice(token.end, next.start)),
        entities[i] === 'O' ? undefined : `NER=${entities[i]}`,
        content[i] === 'O' ? undefined : `Quote=${content[i]}`,
        cues[i] === 'O' ? undefined : `QuoteCue=${cues[i]!.slice(0, 1)}`,
        speakers[i] === 'O' ? undefined : `QuoteSpeaker=${speakers[i]!.slice(0, 1)}`,
      ].filter((attribute) => attribute !== undefined);
      const xpos = token.tags && token.tags.length > 0 ? token.tags.join(',') : '_';
      const lemma = token.lemma ?? (SELF_LEMMA.has(token.kind) ? token.text : undefined);
      lines.push([w + 1, tabColumn(token.text), field(lemma), upos, field(xpos), feats(features), '_', '_', '_', misc.sort().join('|') || '_'].join('\t'));
    });
    lines.push('');
  });
  return lines.map((line) => `${line}\n`).join('');
}
