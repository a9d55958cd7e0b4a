/**
 * The punctuation marks of the tokenizer, by role: read by the atoms' character
 * classes (through scripts/build-char-classes.ts) and by the boundary rules.
 */
export const DASHES = '‑–—−-';
export const ENDINGS = '.?!…';
export const QUOTES = '«“‘»”’"„\'‚‟‹›';
/** The marks that open and close a name written in quotes (`«Газпром»`, `"Зенит"`, `„Спутник“`); a straight one does both. */
export const NAME_QUOTES_OPEN: readonly string[] = ['«', '"', '„', '“'];
export const NAME_QUOTES_CLOSE: readonly string[] = ['»', '"', '“', '”'];
// `{` is not punctuation for razdel: it sticks to words in markup such as `usepackage{`.
export const BRACKETS = '([)]}';
export const PUNCTS = '\\/!#$%&*+,.:;<=>?@^_`|~№…' + DASHES + QUOTES + BRACKETS;
