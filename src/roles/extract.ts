/**
 * The roles stage: reads each Russian sentence with the role rules (rules.ts) over
 * the words and the entity mentions, and adds `document.roles`: who holds which
 * post, with the title's nominative and the place or organisation of the post.
 */
import type { WorkingDocument } from '../document.js';
import type { Role } from '../model.js';
import { phraseNominative } from '../words/nominative.js';
import { fold, type Word } from '../words/word.js';
import { ROLE_RULES, type RoleSentence, type SentenceMention } from './rules.js';

/** Languages whose paragraphs the Russian role rules read. */
const RUSSIAN = new Set(['rus']);

/**
 * Adds the roles of the document, each post of a person once: where the text first states it, or first
 * names where it is held (`Президент Ильхам Алиев` after `президенту Азербайджанской Республики Ильхаму Алиеву`
 * is the same post).
 */
export function addRoles(document: WorkingDocument): void {
  const { text, words, sentenceTokens, paragraphs, entities } = document;
  const mentionAtToken = new Map<number, SentenceMention>();
  const tokenAt = new Map(document.tokens.map((token, i) => [token.start, i]));
  const tokenEnding = new Map(document.tokens.map((token, i) => [token.end, i]));
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const first = tokenAt.get(mention.start);
      const last = tokenEnding.get(mention.end);
      if (first === undefined || last === undefined) continue;
      for (let i = first; i <= last; i++) mentionAtToken.set(i, { first, end: last + 1, entity: entity.id, type: entity.type });
    }
  }
  const roles: Role[] = [];
  /** The indices in `roles` of each person's posts by the head's lemma (the post without its complements), in order: a post is looked up there, not in every role. */
  const posts = new Map<string, number[]>();
  for (const { first, end, paragraph } of sentenceTokens) {
    if (!RUSSIAN.has(paragraphs[paragraph]!.language)) continue;
    const local = (mention: SentenceMention): SentenceMention => ({ ...mention, first: mention.first - first, end: mention.end - first });
    const sentence: RoleSentence = {
      words: words.slice(first, end),
      mentions: Array.from({ length: end - first }, (_, i) => {
        const mention = mentionAtToken.get(first + i);
        return mention && local(mention);
      }),
    };
    for (const rule of ROLE_RULES) {
      for (const match of rule.find(sentence)) {
        const titleWords = sentence.words.slice(match.title.first, match.title.end);
        const start = titleWords[0]!.token.start;
        const stop = titleWords[titleWords.length - 1]!.token.end;
        const of = match.title.of?.entity ?? null;
        const head = headLemma(sentence.words[match.title.head]!);
        const role: Role = { person: match.person.entity, title: { start, end: stop, text: text.slice(start, stop), normal: phraseNominative(titleWords) }, of, rule: match.rule };
        // A title found by two rules, or the same post stated again, is one role.
        const key = `${role.person} ${head}`;
        const list = posts.get(key) ?? [];
        const same = list.find((i) => roles[i]!.of === of || roles[i]!.of === null || of === null) ?? -1;
        if (same < 0) {
          posts.set(key, [...list, roles.length]);
          roles.push(role);
        } else if (roles[same]!.of === null && of !== null) {
          roles[same] = role;
        }
      }
    }
  }
  document.roles = roles.sort((a, b) => a.title.start - b.title.start);
}

/** The lemma of a title's head word (`послом` → `посол`). */
function headLemma(word: Word): string {
  return fold(word.analyses.find((reading) => reading.pos === 'NOUN')?.lemma ?? word.text);
}
